package io.orderdesk.sandbox.server;

import com.squareup.moshi.Moshi;
import io.orderdesk.sandbox.SandboxClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A real gateway on a free 127.0.0.1 port in front of a {@link FakeShop}, with a frozen clock and a hand-turned ticker. */
final class GatewayFixture implements AutoCloseable {

    static final Credentials CREDENTIALS = new Credentials("test-app", "$2a$04$abcdefghijklmnopqrstuu", "np_test01");
    static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

    final FakeShop shop = new FakeShop();
    final SandboxClock clock = SandboxClock.fixed(START);
    final ManualTicker ticker = new ManualTicker();
    final Gateway gateway;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    GatewayFixture() {
        this(10);
    }

    GatewayFixture(int rate) {
        try {
            gateway = Gateway.start(new GatewaySettings("127.0.0.1", 0, CREDENTIALS, rate, 7L), shop, shop, clock,
                    ticker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + gateway.port() + path;
    }

    String api(String pathBelowBase) {
        return gateway.baseUrl() + pathBelowBase;
    }

    Map<String, String> tokenFields() {
        long timestamp = clock.millis();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_id", CREDENTIALS.clientId());
        fields.put("timestamp", Long.toString(timestamp));
        fields.put("grant_type", "client_credentials");
        fields.put("client_secret_sign", TestSigner.sign(CREDENTIALS.clientId(), timestamp, CREDENTIALS.clientSecret()));
        fields.put("type", "SELF");
        return fields;
    }

    HttpResponse<String> requestToken(Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(api("/v1/oauth2/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    String token() {
        HttpResponse<String> response = requestToken(tokenFields());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token call failed: " + response.body());
        }
        return (String) json(response).get("access_token");
    }

    HttpResponse<String> get(String pathBelowBase, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(pathBelowBase))), token).GET());
    }

    HttpResponse<String> post(String pathBelowBase, String body, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(pathBelowBase))), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(url("/__sandbox" + path))).method(method, publisher));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
