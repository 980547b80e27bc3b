package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraceCaptureTest {

    private final MockWebServer server = new MockWebServer();
    private final TraceCapture trace = new TraceCapture();
    private final OkHttpClient client = new OkHttpClient.Builder()
            .addInterceptor(trace)
            .retryOnConnectionFailure(false)
            .build();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void remembersTheTraceIdOfTheLastResponseWhateverTheHeaderCase() throws Exception {
        server.enqueue(traced("ar2-55f4fd5f54-mwk8w^1643182339983^366577"));

        TestCalls.status(client, TestCalls.read(server.url("/query")));

        assertThat(trace.lastTraceId()).isEqualTo("ar2-55f4fd5f54-mwk8w^1643182339983^366577");
    }

    @Test
    void aFailedCallDoesNotShowThePreviousCallsTraceId() throws Exception {
        server.enqueue(traced("first"));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        TestCalls.status(client, TestCalls.read(server.url("/query")));

        assertThatThrownBy(() -> TestCalls.status(client, TestCalls.read(server.url("/query"))))
                .isInstanceOf(IOException.class);
        assertThat(trace.lastTraceId()).isNull();
    }

    @Test
    void eachThreadSeesItsOwnLastTraceId() throws Exception {
        server.enqueue(traced("mine"));
        TestCalls.status(client, TestCalls.read(server.url("/query")));

        String seenElsewhere = CompletableFuture.supplyAsync(trace::lastTraceId).get(1, TimeUnit.SECONDS);

        assertThat(seenElsewhere).isNull();
        assertThat(trace.lastTraceId()).isEqualTo("mine");
    }

    private static MockResponse traced(String traceId) {
        return new MockResponse.Builder().addHeader("gncp-gw-trace-id", traceId).body("{}").build();
    }
}
