package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Types;
import io.orderdesk.domain.ApiErrorCode;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.GatewayError;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Confirm and bulk results, error bodies, token and id-list responses (reference §9.1, §9.3–§9.5). */
class BulkAndErrorBodiesTest {

    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    @Test
    void confirmResultHasItsOwnSuccessShape() {
        Envelope<ConfirmResult> envelope =
                Fixtures.parse("confirm-result.json", Fixtures.envelopeOf(ConfirmResult.class));

        assertThat(envelope.traceId()).isEqualTo("string");
        assertThat(envelope.timestamp()).isEqualTo(OffsetDateTime.of(2023, 1, 16, 17, 14, 51, 794_000_000, KST));
        ConfirmResult result = envelope.data();
        assertThat(result.successProductOrderInfos()).containsExactly(new ConfirmSuccess("string", true));
        assertThat(result.failProductOrderInfos()).containsExactly(new FailInfo("string", "string", "string"));
    }

    @Test
    void bulkResultListsSuccessIdsAndFailures() {
        Envelope<BulkResult> envelope = Fixtures.parse("bulk-result.json", Fixtures.envelopeOf(BulkResult.class));

        assertThat(envelope.data().successProductOrderIds()).containsExactly("string");
        FailInfo fail = envelope.data().failProductOrderInfos().get(0);
        assertThat(fail.productOrderId()).isEqualTo("string");
        assertThat(fail.errorCode().value()).isEqualTo(ApiErrorCode.UNKNOWN);
        assertThat(fail.errorCode().raw()).isEqualTo("string");
    }

    @Test
    void failInfoMapsKnownNumericCodes() {
        FailInfo fail = new FailInfo("2022040521691281", "104442", "상품 주문 상태 확인 필요");

        Coded<ApiErrorCode> code = fail.errorCode();

        assertThat(code.isKnown()).isTrue();
        assertThat(code.value().code()).isEqualTo("104442");
        assertThat(new FailInfo("1", null, null).errorCode()).isNull();
    }

    @Test
    void gatewayAuthErrorFromTheDocs() {
        ErrorBody error = Fixtures.parse("error-401-gw-authn.json", ErrorBody.class);

        assertThat(error.code()).isEqualTo("GW.AUTHN");
        assertThat(Coded.of(GatewayError.class, error.code()).value()).isEqualTo(GatewayError.AUTHN);
        assertThat(error.message()).isEqualTo("요청을 보낼 권한이 없습니다.");
        assertThat(error.traceId()).isEqualTo("cr3-000000-aaaaaa^1730711073284^6745261");
        assertThat(error.timestamp()).isEqualTo(OffsetDateTime.of(2023, 11, 5, 23, 35, 24, 415_000_000, KST));
        assertThat(error.invalidInputs()).isNull();
    }

    @Test
    void gatewayTimeoutFromTheDocs() {
        ErrorBody error = Fixtures.parse("error-504-gw-timeout.json", ErrorBody.class);

        assertThat(Coded.of(GatewayError.class, error.code()).value()).isEqualTo(GatewayError.TIMEOUT_01);
        assertThat(error.message()).isEqualTo("요청 대기 시간이 초과되었습니다.");
        assertThat(error.traceId()).isEqualTo("ar2-55f4fd5f54-mwk8w^1643182339983^366577");
        assertThat(error.timestamp()).isEqualTo(OffsetDateTime.of(2022, 2, 7, 7, 57, 11, 369_000_000, KST));
    }

    @Test
    void tokenEndpointErrorShapeWithUtcTimestampAndEmptyInvalidInputs() throws IOException {
        String json = "{\"code\":\"string\",\"message\":\"string\",\"timestamp\":\"2024-07-29T15:51:28.071Z\","
                + "\"invalidInputs\":[{}],\"data\":{}}";

        ErrorBody error = Fixtures.MOSHI.adapter(ErrorBody.class).fromJson(json);

        assertThat(error.timestamp()).isEqualTo(OffsetDateTime.of(2024, 7, 30, 0, 51, 28, 71_000_000, KST));
        assertThat(error.invalidInputs()).containsExactly(new InvalidInput(null, null, null));
        assertThat(error.traceId()).isNull();
    }

    @Test
    void tokenResponseUsesSnakeCaseKeys() throws IOException {
        String json = "{\"access_token\":\"5ZpFxD7YjtV2\",\"expires_in\":10800,\"token_type\":\"Bearer\"}";

        TokenResponse token = Fixtures.MOSHI.adapter(TokenResponse.class).fromJson(json);

        assertThat(token).isEqualTo(new TokenResponse("5ZpFxD7YjtV2", 10_800L, "Bearer"));
    }

    @Test
    void productOrderIdsOfAnOrder() {
        Envelope<List<String>> envelope = Fixtures.parse("product-order-ids.json",
                Fixtures.envelopeOf(Types.newParameterizedType(List.class, String.class)));

        assertThat(envelope.data()).containsExactly("string");
        assertThat(envelope.traceId()).isEqualTo("string");
    }
}
