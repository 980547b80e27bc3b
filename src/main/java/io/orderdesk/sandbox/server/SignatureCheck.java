package io.orderdesk.sandbox.server;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.Radix64Encoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code client_secret_sign}: Base64 of {@code bcrypt(client_id + "_" + timestamp)} salted with the client
 * secret, which is itself a bcrypt salt string. Written against the algorithm rather than shared with the client, so
 * a client bug cannot be mirrored here and pass.
 */
final class SignatureCheck {

    private static final Pattern SALT = Pattern.compile("\\$(2[aby])\\$(\\d{2})\\$([./A-Za-z0-9]{22})");

    private final BCrypt.Hasher hasher;
    private final int cost;
    private final byte[] salt;

    /** Throws IllegalArgumentException when {@code clientSecret} is not a bcrypt salt such as {@code $2a$04$…}. */
    SignatureCheck(String clientSecret) {
        Matcher matcher = SALT.matcher(clientSecret);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("The client secret must be a bcrypt salt like $2a$04$ + 22 characters");
        }
        this.hasher = BCrypt.with(version(matcher.group(1)));
        this.cost = Integer.parseInt(matcher.group(2));
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost out of range: " + cost);
        }
        // Decoding drops the last character's spare bits, the same normalisation jBCrypt applies to the doc vector.
        this.salt = new Radix64Encoder.Default().decode(matcher.group(3).getBytes(StandardCharsets.US_ASCII));
    }

    /** True when {@code sign} (standard or URL-safe Base64, padded or not) is the signature for these inputs. */
    boolean matches(String clientId, String timestamp, String sign) {
        byte[] presented = decode(sign);
        if (presented == null) {
            return false;
        }
        byte[] password = (clientId + "_" + timestamp).getBytes(StandardCharsets.UTF_8);
        byte[] expected = hasher.hash(cost, salt, password);
        return MessageDigest.isEqual(expected, presented);
    }

    private static byte[] decode(String sign) {
        try {
            return Base64.getDecoder().decode(sign.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BCrypt.Version version(String id) {
        return switch (id) {
            case "2b" -> BCrypt.Version.VERSION_2B;
            case "2y" -> BCrypt.Version.VERSION_2Y;
            default -> BCrypt.Version.VERSION_2A;
        };
    }
}
