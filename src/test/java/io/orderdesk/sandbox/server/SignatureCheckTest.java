package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

    // The documented test vector (reference §2.2), re-computed there with an independent bcrypt implementation.
    private static final String CLIENT_ID = "aaaabbbbcccc";
    private static final String TIMESTAMP = "1643961623299";
    private static final String SIGN =
            "JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy";

    @Test
    void acceptsTheDocumentedVector() {
        assertThat(new SignatureCheck("$2a$10$abcdefghijklmnopqrstuu").matches(CLIENT_ID, TIMESTAMP, SIGN)).isTrue();
    }

    @Test
    void normalisesTheDocsNonCanonicalSaltLikeJbcrypt() {
        assertThat(new SignatureCheck("$2a$10$abcdefghijklmnopqrstuv").matches(CLIENT_ID, TIMESTAMP, SIGN)).isTrue();
    }

    @Test
    void acceptsTheUrlSafeAlphabetOfTheOfficialJavaSample() {
        String secret = "$2a$04$abcdefghijklmnopqrstuu";
        String standard = TestSigner.sign("app", 1L, secret);
        String urlSafe = Base64.getUrlEncoder().encodeToString(Base64.getDecoder().decode(standard));
        SignatureCheck check = new SignatureCheck(secret);

        assertThat(check.matches("app", "1", urlSafe)).isTrue();
        assertThat(check.matches("app", "1", standard)).isTrue();
    }

    @Test
    void rejectsAnotherTimestampOrClientOrGarbage() {
        SignatureCheck check = new SignatureCheck("$2a$10$abcdefghijklmnopqrstuu");

        assertThat(check.matches(CLIENT_ID, "1643961623300", SIGN)).isFalse();
        assertThat(check.matches("aaaabbbbccc", TIMESTAMP, SIGN)).isFalse();
        assertThat(check.matches(CLIENT_ID, TIMESTAMP, "not base64 at all!")).isFalse();
        // The raw bcrypt string without Base64, a common client mistake.
        String raw = new String(Base64.getDecoder().decode(SIGN), StandardCharsets.UTF_8);
        assertThat(check.matches(CLIENT_ID, TIMESTAMP, raw)).isFalse();
    }

    @Test
    void refusesASecretThatIsNotABcryptSalt() {
        assertThatThrownBy(() -> new SignatureCheck("plain-secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignatureCheck("$2a$03$abcdefghijklmnopqrstuu"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoSecretIsUsable() {
        SignatureCheck check = new SignatureCheck(Credentials.DEMO_CLIENT_SECRET);
        String sign = TestSigner.sign(Credentials.DEMO_CLIENT_ID, 42L, Credentials.DEMO_CLIENT_SECRET);

        assertThat(check.matches(Credentials.DEMO_CLIENT_ID, "42", sign)).isTrue();
    }
}
