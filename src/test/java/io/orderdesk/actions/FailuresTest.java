package io.orderdesk.actions;

import static io.orderdesk.actions.Failures.Kind.NOT_SENT;
import static io.orderdesk.actions.Failures.Kind.REFUSED;
import static io.orderdesk.actions.Failures.Kind.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.auth.TokenIssuer;
import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.InvalidInputException;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.NetworkException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.RequestRejectedException;
import io.orderdesk.api.error.ServerException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void onlyWhatProvablyNeverLeftIsSentAgainOnItsOwn() {
        assertThat(Failures.of(new NetworkException("confirm", false, null, new ConnectException("refused"))))
                .isEqualTo(NOT_SENT);
        assertThat(Failures.of(new RateLimitedException("confirm", 429, "GW.RATE_LIMIT", "t", "busy")))
                .isEqualTo(NOT_SENT);
        assertThat(Failures.of(new ServerException("confirm", 503, "GW.BLOCK.02", "t", "maintenance")))
                .isEqualTo(NOT_SENT);
        assertThat(Failures.of(new ServerException(TokenIssuer.ENDPOINT, 500, "GW.INTERNAL_SERVER_ERROR", "t", "x")))
                .isEqualTo(NOT_SENT);
    }

    @Test
    void aLostAnswerIsUnknownAndARefusalIsFinal() {
        assertThat(Failures.of(new OutcomeUnknownException("dispatch", 504, "GW.TIMEOUT.01", "t", "timeout", null)))
                .isEqualTo(UNKNOWN);
        assertThat(Failures.of(new IllegalStateException("bug"))).isEqualTo(UNKNOWN);
        assertThat(List.of(
                new ServerException("confirm", 500, "GW.INTERNAL_SERVER_ERROR", "t", "boom"),
                new InvalidInputException("confirm", 400, "4000", "t", "잘못된 요청", List.of()),
                new AuthenticationException(TokenIssuer.ENDPOINT, 401, "GW.AUTHN", "t", "no"),
                new IpNotAllowedException("confirm", 403, "GW.IP_NOT_ALLOWED", "t", "ip"),
                new RequestRejectedException("dispatch", "31 lines", "30건까지만 보낼 수 있습니다.")))
                .allSatisfy(failure -> assertThat(Failures.of(failure)).as("%s", failure).isEqualTo(REFUSED));
    }

    @Test
    void keepsTheApiCodeElseTheStatusAndAKoreanMessage() {
        InvalidInputException invalid = new InvalidInputException("confirm", 400, "104442", "t-1", "상품 주문 상태 확인 필요",
                List.of());
        ServerException unnamed = new ServerException("confirm", 502, null, null, "proxy");

        assertThat(Failures.code(invalid)).isEqualTo("104442");
        assertThat(Failures.traceId(invalid)).isEqualTo("t-1");
        assertThat(Failures.message(invalid)).contains("상품 주문 상태 확인 필요");
        assertThat(Failures.code(unnamed)).isEqualTo("HTTP 502");
        assertThat(Failures.code(new IllegalStateException("x"))).isEqualTo("IllegalStateException");
    }
}
