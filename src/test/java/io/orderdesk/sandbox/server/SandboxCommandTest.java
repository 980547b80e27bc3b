package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void printsUsageForHelp() {
        assertThat(SandboxCommand.run(new String[] {"--help"}, out)).isZero();
        assertThat(output()).startsWith("Usage: order-desk sandbox").contains("--no-live");
    }

    @Test
    void exitsWith2AndSaysWhyOnBadArguments() {
        assertThat(SandboxCommand.run(new String[] {"--orders", "many"}, out)).isEqualTo(2);
        assertThat(output()).startsWith("sandbox: --orders must be a whole number").contains("Usage:");
    }

    @Test
    void exitsWith1WhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());

            int code = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> SandboxCommand.run(new String[] {"--port", port, "--orders", "5", "--no-live"}, out));

            assertThat(code).isEqualTo(1);
            assertThat(output()).contains("cannot listen on port " + port);
        }
    }

    @Test
    void bannerNamesEverythingAClientNeeds() {
        SandboxOptions options = SandboxOptions.defaults().withWorld(1, 5, 1);
        try (Sandbox sandbox = Sandbox.start(options)) {
            SandboxCommand.printBanner(sandbox, options, out);

            assertThat(output()).contains(sandbox.baseUrl())
                    .contains("orderdesk-demo")
                    .contains(Credentials.DEMO_CLIENT_SECRET)
                    .contains("np_orderdesk")
                    .contains("/__sandbox/");
        }
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
