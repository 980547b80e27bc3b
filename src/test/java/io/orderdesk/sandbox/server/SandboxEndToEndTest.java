package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import io.orderdesk.sandbox.SandboxClock;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real shop behind the real gateway, spoken to over raw HTTP the way any client would. */
class SandboxEndToEndTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final DateTimeFormatter API_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(SandboxClock.KST);

    private final SandboxClock clock = SandboxClock.fixed(NOW);
    private final Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withClock(clock).withWorld(42, 60, 3));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tokenThenLastChangedThenQuery() throws Exception {
        String token = token();
        String from = URLEncoder.encode(API_TIME.format(NOW.minusSeconds(20 * 3600)), StandardCharsets.UTF_8);

        HttpResponse<String> changed = get("/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom="
                + from, token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        Map<String, Object> data = (Map<String, Object>) json(changed.body()).get("data");
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) data.get("lastChangeStatuses");
        assertThat(statuses).isNotEmpty();
        List<String> ids = statuses.stream().map(s -> (String) s.get("productOrderId")).limit(5).toList();

        HttpResponse<String> details = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                        + "/v1/pay-order/mall/product-orders/query"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new Moshi.Builder().build().adapter(Object.class).toJson(Map.of("productOrderIds", ids)))));

        assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
        List<Map<String, Object>> detailList = (List<Map<String, Object>>) json(details.body()).get("data");
        assertThat(detailList).extracting(d -> ((Map<String, Object>) d.get("productOrder")).get("productOrderId"))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sandbox.calls().calls()).extracting(CallRecord::endpoint)
                .containsExactly("TOKEN", "LAST_CHANGED_STATUSES", "QUERY_PRODUCT_ORDERS");
    }

    @Test
    void aRawPlusInTheQueryIsASpaceAndTheShopRefusesTheDate() throws Exception {
        String token = token();

        HttpResponse<String> response = get("/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom="
                + API_TIME.format(NOW.minusSeconds(3600)), token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).get("code")).isEqualTo("4000");
    }

    @Test
    void adminPathReachesTheRealShop() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(adminUrl("/orders")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"PAYED\",\"lines\":1}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = (String) ((List<?>) json(created.body()).get("productOrderIds")).get(0);

        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(adminUrl("/product-orders/" + id))));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(id);
    }

    private String token() throws Exception {
        long timestamp = clock.millis();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_id", sandbox.clientId());
        fields.put("timestamp", Long.toString(timestamp));
        fields.put("grant_type", "client_credentials");
        fields.put("client_secret_sign", TestSigner.sign(sandbox.clientId(), timestamp, sandbox.clientSecret()));
        fields.put("type", "SELF");
        fields.put("merchant_id", sandbox.merchantId());
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v1/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) json(response.body()).get("access_token");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String adminUrl(String path) {
        return "http://127.0.0.1:" + sandbox.port() + "/__sandbox" + path;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) throws IOException {
        return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(body);
    }
}
