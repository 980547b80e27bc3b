package io.orderdesk.api.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes {@code client_secret_sign} for the token request (reference §2.2): the application secret is
 * itself a bcrypt salt, {@code clientId + "_" + timestamp} is hashed with it, and the resulting bcrypt
 * string is Base64-encoded so the secret never travels.
 */
public final class ClientSecretSigner {

    private static final Pattern SECRET = Pattern.compile("\\$2([aby])\\$(\\d{2})\\$([./A-Za-z0-9]{22})");
    private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SALT_BYTES = 16;

    private ClientSecretSigner() {
    }

    /**
     * @param clientId        the application ID
     * @param clientSecret    the application secret, a bcrypt salt such as {@code $2a$04$} + 22 characters
     * @param timestampMillis the same epoch-millisecond value that is sent as {@code timestamp}
     * @return standard Base64 of the UTF-8 bytes of the bcrypt string
     * @throws IllegalArgumentException if the client ID is blank or the secret is not a bcrypt salt
     */
    public static String sign(String clientId, String clientSecret, long timestampMillis) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("애플리케이션 ID가 비어 있습니다.");
        }
        Matcher secret = SECRET.matcher(clientSecret == null ? "" : clientSecret.strip());
        if (!secret.matches()) {
            // Never echo the secret: this message may end up in a log or on screen.
            throw new IllegalArgumentException("애플리케이션 시크릿 형식이 올바르지 않습니다. "
                    + "네이버페이센터에서 발급받은 시크릿은 $2a$04$… 처럼 시작하는 29자여야 합니다.");
        }
        int cost = Integer.parseInt(secret.group(2));
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("애플리케이션 시크릿 형식이 올바르지 않습니다. "
                    + "$2a$ 다음의 숫자는 04부터 31까지여야 합니다.");
        }
        byte[] password = (clientId + "_" + timestampMillis).getBytes(StandardCharsets.UTF_8);
        byte[] hashed = BCrypt.with(version(secret.group(1))).hash(cost, decodeSalt(secret.group(3)), password);
        return Base64.getEncoder().encodeToString(hashed);
    }

    private static BCrypt.Version version(String minor) {
        return switch (minor) {
            case "b" -> BCrypt.Version.VERSION_2B;
            case "y" -> BCrypt.Version.VERSION_2Y;
            default -> BCrypt.Version.VERSION_2A;
        };
    }

    /**
     * Decodes the 22 salt characters to 16 bytes the way jBCrypt does: the last character carries only
     * two significant bits, and the rest are dropped. Naver's own test secret ends in a non-canonical
     * {@code v} and must give the same signature as the canonical {@code u}.
     */
    private static byte[] decodeSalt(String chars) {
        byte[] out = new byte[SALT_BYTES];
        int bits = 0;
        int bitCount = 0;
        int n = 0;
        for (int i = 0; i < chars.length() && n < SALT_BYTES; i++) {
            bits = (bits << 6) | ALPHABET.indexOf(chars.charAt(i));
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                out[n++] = (byte) (bits >> bitCount);
                bits &= (1 << bitCount) - 1;
            }
        }
        return out;
    }
}
