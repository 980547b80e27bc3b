package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodesTest {

    @Test
    void apiErrorCodesAreNumericStrings() {
        assertThat(Coded.of(ApiErrorCode.class, "104442").value())
                .isEqualTo(ApiErrorCode.PRODUCT_ORDER_STATUS_CHECK_NEEDED);
        assertThat(ApiErrorCode.PRODUCT_ORDER_STATUS_CHECK_NEEDED.label()).isEqualTo("상품 주문 상태 확인 필요");
        assertThat(ApiErrorCode.SAME_STATUS_REQUESTED.code()).isEqualTo("105306");
        assertThat(Arrays.stream(ApiErrorCode.values()).filter(code -> code != ApiErrorCode.UNKNOWN))
                .allSatisfy(code -> assertThat(code.code()).containsOnlyDigits());
    }

    @Test
    void gatewayErrorsCarryStatusAndVerbatimMessage() {
        assertThat(GatewayError.AUTHN.code()).isEqualTo("GW.AUTHN");
        assertThat(GatewayError.AUTHN.httpStatus()).isEqualTo(401);
        assertThat(GatewayError.AUTHN.message()).isEqualTo("요청을 보낼 권한이 없습니다.");
        assertThat(GatewayError.TIMEOUT_01.message()).isEqualTo("요청 대기 시간이 초과되었습니다.");
        assertThat(Coded.of(GatewayError.class, "GW.PROXY.03").value()).isEqualTo(GatewayError.PROXY_03);
    }

    @Test
    void gatewayErrorsUseTheDocumentedStatuses() {
        assertThat(GatewayError.IP_NOT_ALLOWED.httpStatus()).isEqualTo(403);
        assertThat(GatewayError.NOT_FOUND.httpStatus()).isEqualTo(404);
        assertThat(GatewayError.RATE_LIMIT.httpStatus()).isEqualTo(429);
        assertThat(GatewayError.QUOTA_LIMIT.httpStatus()).isEqualTo(429);
        assertThat(GatewayError.INTERNAL_SERVER_ERROR.httpStatus()).isEqualTo(500);
        assertThat(GatewayError.BLOCK_02.httpStatus()).isEqualTo(503);
        assertThat(GatewayError.TIMEOUT_02.httpStatus()).isEqualTo(504);
    }

    @Test
    void everyKnownGatewayCodeStartsWithGw() {
        assertThat(Arrays.stream(GatewayError.values()).filter(error -> error != GatewayError.UNKNOWN))
                .allSatisfy(error -> {
                    assertThat(error.code()).startsWith("GW.");
                    assertThat(error.message()).endsWith(".");
                });
    }
}
