package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenEndpointTest {

    private static final String LAST_CHANGED =
            "/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=2026-12-01T00%3A00%3A00.000%2B09%3A00";

    private final GatewayFixture fx = new GatewayFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void issuesABearerTokenValidForThreeHours() {
        HttpResponse<String> response = fx.requestToken(fx.tokenFields());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body).containsOnlyKeys("access_token", "expires_in", "token_type");
        assertThat(body.get("expires_in")).isEqualTo(10800.0);
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat((String) body.get("access_token")).hasSizeGreaterThan(20);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    }

    @Test
    void returnsTheSameTokenWithItsRemainingLifeWhileHalfAnHourIsLeft() {
        String first = fx.token();
        fx.clock.advance(Duration.ofMinutes(150));

        Map<String, Object> again = GatewayFixture.json(fx.requestToken(fx.tokenFields()));

        assertThat(again.get("access_token")).isEqualTo(first);
        assertThat(again.get("expires_in")).isEqualTo(1800.0);
    }

    @Test
    void issuesANewTokenNearExpiryWhileTheOldOneLivesOutItsTime() {
        String first = fx.token();
        fx.clock.advance(Duration.ofMinutes(150).plusSeconds(1));

        Map<String, Object> renewed = GatewayFixture.json(fx.requestToken(fx.tokenFields()));
        String second = (String) renewed.get("access_token");

        assertThat(second).isNotEqualTo(first);
        assertThat(renewed.get("expires_in")).isEqualTo(10800.0);
        assertThat(fx.get(LAST_CHANGED, first).statusCode()).isEqualTo(200);

        fx.clock.advance(Duration.ofMinutes(30));
        assertThat(fx.get(LAST_CHANGED, first).statusCode()).isEqualTo(401);
        assertThat(fx.get(LAST_CHANGED, second).statusCode()).isEqualTo(200);
    }

    @Test
    void expiresATokenExactlyAfterThreeHours() {
        String token = fx.token();
        fx.clock.advance(Duration.ofHours(3).minusMillis(1));
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(200);

        fx.clock.advance(Duration.ofMillis(1));
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(401);
    }

    @Test
    void answersABadSignatureWithTheGatewaysAuthError() {
        Map<String, String> fields = fx.tokenFields();
        fields.put("client_secret_sign",
                TestSigner.sign("test-app", fx.clock.millis(), "$2a$04$zzzzzzzzzzzzzzzzzzzzzu"));

        HttpResponse<String> response = fx.requestToken(fields);

        assertThat(response.statusCode()).isEqualTo(401);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body).containsOnlyKeys("code", "message", "timestamp", "traceId");
        assertThat(body.get("code")).isEqualTo("GW.AUTHN");
        assertThat(body.get("message")).isEqualTo("요청을 보낼 권한이 없습니다.");
        assertThat(body.get("timestamp")).isEqualTo("2026-12-01T10:00:00.000+09:00");
        assertThat(response.headers().firstValue("GNCP-GW-Trace-ID")).hasValue((String) body.get("traceId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesEveryBrokenTokenRequest(String why, Consumer<Map<String, String>> breakIt) {
        Map<String, String> fields = fx.tokenFields();
        breakIt.accept(fields);

        HttpResponse<String> response = fx.requestToken(fields);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayFixture.json(response).get("code")).isEqualTo("GW.AUTHN");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("unknown client", change("client_id", "someone-else")),
                Arguments.of("wrong grant type", change("grant_type", "password")),
                Arguments.of("missing signature", remove("client_secret_sign")),
                Arguments.of("missing timestamp", remove("timestamp")),
                Arguments.of("timestamp in seconds", change("timestamp",
                        Long.toString(GatewayFixture.START.getEpochSecond()))),
                Arguments.of("unknown type", change("type", "MALL")),
                Arguments.of("SELLER without account_id", change("type", "SELLER")),
                Arguments.of("foreign merchant", change("merchant_id", "np_other")),
                Arguments.of("unencoded bcrypt string", unencodedSignature()));
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesOffAndAcceptsWithin() {
        assertThat(fx.requestToken(signedAt(-Duration.ofMinutes(5).plusMillis(1).toMillis())).statusCode())
                .isEqualTo(401);
        assertThat(fx.requestToken(signedAt(Duration.ofMinutes(5).plusMillis(1).toMillis())).statusCode())
                .isEqualTo(401);
        assertThat(fx.requestToken(signedAt(-Duration.ofMinutes(4).toMillis())).statusCode()).isEqualTo(200);
        assertThat(fx.requestToken(signedAt(Duration.ofSeconds(3).toMillis())).statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsSellerTypeAndTheRightMerchant() {
        Map<String, String> seller = fx.tokenFields();
        seller.put("type", "SELLER");
        seller.put("account_id", "ncp_demo");
        Map<String, String> merchant = fx.tokenFields();
        merchant.put("merchant_id", "np_test01");

        assertThat(fx.requestToken(seller).statusCode()).isEqualTo(200);
        assertThat(fx.requestToken(merchant).statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsTheFieldsAsQueryParametersToo() {
        HttpResponse<String> response = fx.send(HttpRequest.newBuilder(
                        URI.create(fx.api("/v1/oauth2/token?" + GatewayFixture.form(fx.tokenFields()))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayFixture.json(response).get("token_type")).isEqualTo("Bearer");
    }

    @Test
    void refusesAJsonBodyAsTheCurrentApiDoes() {
        Map<String, String> fields = fx.tokenFields();
        String json = fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));

        HttpResponse<String> response = fx.send(HttpRequest.newBuilder(URI.create(fx.api("/v1/oauth2/token")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void answersOtherMethodsOnTheTokenPathWithNotFound() {
        HttpResponse<String> response = fx.send(HttpRequest.newBuilder(URI.create(fx.api("/v1/oauth2/token"))).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(GatewayFixture.json(response).get("code")).isEqualTo("GW.NOT_FOUND");
    }

    private Map<String, String> signedAt(long offsetMillis) {
        long timestamp = fx.clock.millis() + offsetMillis;
        Map<String, String> fields = fx.tokenFields();
        fields.put("timestamp", Long.toString(timestamp));
        fields.put("client_secret_sign", TestSigner.sign("test-app", timestamp, GatewayFixture.CREDENTIALS.clientSecret()));
        return fields;
    }

    private static Consumer<Map<String, String>> change(String field, String value) {
        return fields -> fields.put(field, value);
    }

    private static Consumer<Map<String, String>> unencodedSignature() {
        return fields -> fields.put("client_secret_sign",
                new String(Base64.getDecoder().decode(fields.get("client_secret_sign")), StandardCharsets.UTF_8));
    }

    private static Consumer<Map<String, String>> remove(String field) {
        return fields -> fields.remove(field);
    }
}
