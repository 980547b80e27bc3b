package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxArgsTest {

    @Test
    void defaultsToTheDocumentedPortAndALiveDemoWorld() {
        SandboxOptions options = SandboxArgs.parse(new String[0]).options();

        assertThat(options.port()).isEqualTo(18080);
        assertThat(options.live()).isTrue();
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.clientId()).isEqualTo("orderdesk-demo");
        assertThat(options.clientSecret()).isEqualTo(Credentials.DEMO_CLIENT_SECRET);
        assertThat(options.orders()).isEqualTo(500);
        assertThat(options.days()).isEqualTo(14);
        assertThat(options.rate()).isEqualTo(10);
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        SandboxOptions options = SandboxArgs.parse(new String[] {
                "--port", "0", "--orders=50", "--days", "3", "--seed", "-7", "--rate=2", "--no-live"}).options();

        assertThat(options.port()).isZero();
        assertThat(options.orders()).isEqualTo(50);
        assertThat(options.days()).isEqualTo(3);
        assertThat(options.seed()).isEqualTo(-7);
        assertThat(options.rate()).isEqualTo(2);
        assertThat(options.live()).isFalse();
    }

    @Test
    void recognisesHelp() {
        assertThat(SandboxArgs.parse(new String[] {"--port", "1", "--help"}).help()).isTrue();
    }

    @Test
    void explainsBadArguments() {
        assertThatThrownBy(() -> SandboxArgs.parse(new String[] {"--port"})).hasMessage("--port needs a value");
        assertThatThrownBy(() -> SandboxArgs.parse(new String[] {"--port", "http"}))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> SandboxArgs.parse(new String[] {"--port", "70000"}))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> SandboxArgs.parse(new String[] {"--rate", "0"}))
                .hasMessageContaining("between 1");
        assertThatThrownBy(() -> SandboxArgs.parse(new String[] {"--verbose"}))
                .hasMessage("unknown option: --verbose");
    }
}
