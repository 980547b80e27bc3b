package io.orderdesk.sandbox.server;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.Radix64Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signs token requests the way a client must, for tests that need a valid {@code client_secret_sign}. */
final class TestSigner {

    private TestSigner() {
    }

    static String sign(String clientId, long timestamp, String secret) {
        int cost = Integer.parseInt(secret.substring(4, 6));
        byte[] salt = new Radix64Encoder.Default().decode(secret.substring(7).getBytes(StandardCharsets.US_ASCII));
        byte[] hashed = BCrypt.withDefaults()
                .hash(cost, salt, (clientId + "_" + timestamp).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hashed);
    }
}
