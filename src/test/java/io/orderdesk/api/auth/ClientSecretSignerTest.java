package io.orderdesk.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSecretSignerTest {

    private static final String CLIENT_ID = "aaaabbbbcccc";
    private static final long TIMESTAMP = 1643961623299L;
    private static final String EXPECTED_SIGN =
            "JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy";

    @Test
    void reproducesTheOfficialVectorWithTheDocumentedNonCanonicalSecret() {
        assertThat(ClientSecretSigner.sign(CLIENT_ID, "$2a$10$abcdefghijklmnopqrstuv", TIMESTAMP))
                .isEqualTo(EXPECTED_SIGN);
    }

    @Test
    void theCanonicalSaltGivesTheSameSignature() {
        assertThat(ClientSecretSigner.sign(CLIENT_ID, "$2a$10$abcdefghijklmnopqrstuu", TIMESTAMP))
                .isEqualTo(EXPECTED_SIGN);
    }

    @Test
    void signatureIsStandardBase64OfTheBcryptString() {
        String decoded = new String(Base64.getDecoder().decode(EXPECTED_SIGN), StandardCharsets.UTF_8);

        assertThat(decoded).isEqualTo("$2a$10$abcdefghijklmnopqrstuuBVWYJN6OEOtLu8V4p41kb.NzUiA3nk2");
    }

    @Test
    void differentTimestampsGiveDifferentSignatures() {
        String secret = "$2a$04$abcdefghijklmnopqrstuu";

        assertThat(ClientSecretSigner.sign(CLIENT_ID, secret, TIMESTAMP))
                .isNotEqualTo(ClientSecretSigner.sign(CLIENT_ID, secret, TIMESTAMP + 1));
    }

    @Test
    void surroundingWhitespaceOfAPastedSecretIsIgnored() {
        assertThat(ClientSecretSigner.sign(CLIENT_ID, "  $2a$10$abcdefghijklmnopqrstuv\n", TIMESTAMP))
                .isEqualTo(EXPECTED_SIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "secret", "abcdefghijklmnopqrstuv", "$2a$10$abcdefghijklmnopqrstu",
            "$2a$10$abcdefghijklmnopqrstuvw", "$2c$10$abcdefghijklmnopqrstuu", "$2a$1$abcdefghijklmnopqrstuuu",
            "$2a$10$abcdefghijklmnopqrstu!"})
    void rejectsASecretThatIsNotABcryptSaltInKoreanWithoutEchoingIt(String secret) {
        assertThatThrownBy(() -> ClientSecretSigner.sign(CLIENT_ID, secret, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("시크릿")
                .hasMessageContaining("$2a$04$")
                .satisfies(e -> {
                    if (!secret.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(secret);
                    }
                });
    }

    @Test
    void rejectsACostOutsideBcryptsRange() {
        assertThatThrownBy(() -> ClientSecretSigner.sign(CLIENT_ID, "$2a$03$abcdefghijklmnopqrstuu", TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("04");
    }

    @Test
    void rejectsNullSecretAndBlankClientId() {
        assertThatThrownBy(() -> ClientSecretSigner.sign(CLIENT_ID, null, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientSecretSigner.sign(" ", "$2a$04$abcdefghijklmnopqrstuu", TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("애플리케이션 ID");
    }
}
