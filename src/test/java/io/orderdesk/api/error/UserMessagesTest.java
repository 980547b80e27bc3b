package io.orderdesk.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    static Stream<NpayApiException> everyKind() {
        return Stream.of(
                new AuthenticationException("confirm", 401, "GW.AUTHN", "t", "요청을 보낼 권한이 없습니다."),
                new IpNotAllowedException("confirm", 403, "GW.IP_NOT_ALLOWED", "t", null),
                new RateLimitedException("confirm", 429, "GW.RATE_LIMIT", "t", null),
                new RateLimitedException("confirm", 429, "GW.QUOTA_LIMIT", "t", null),
                new InvalidInputException("confirm", 400, "4000", "t", "Invalid parameter", List.of()),
                new InvalidInputException("confirm", 400, "104131", "t", "중복", List.of()),
                new NotFoundException("confirm", 404, "GW.NOT_FOUND", "t", null),
                new NotFoundException("confirm", 400, "100001", "t", null),
                new NotFoundException("confirm", 400, "100003", "t", null),
                new NotFoundException("confirm", 404, null, "t", null),
                new ServerException("confirm", 503, "GW.BLOCK.02", "t", null),
                new ServerException("confirm", 500, null, "t", null),
                new NetworkException("confirm", false, null, new ConnectException("refused")),
                new NetworkException("confirm", true, null, new SocketTimeoutException("timeout")),
                new OutcomeUnknownException("confirm", 504, "GW.TIMEOUT.01", "t", null, null),
                new MalformedResponseException("confirm", 200, "t", "bad", null),
                new RequestRejectedException("queryProductOrders", "301 ids", "한 번에 300건까지 조회할 수 있습니다."));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindHasAShortKoreanSentenceWithoutTechnicalDetail(NpayApiException e) {
        String message = e.userMessage();

        assertThat(message).isNotBlank().hasSizeLessThan(160);
        assertThat(message.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
                .hasSizeGreaterThan(5);
        assertThat(message).doesNotContain("Exception", "HTTP", "GW.", "traceId", "null");
    }

    @Test
    void invalidInputQuotesOnlyKoreanServerText() {
        InvalidInputException english = new InvalidInputException("confirm", 400, "4000", "t",
                "TypeMismatchException: lastChangedFrom", List.of(new InvalidInputDetail("x", "y", "must not be null")));

        assertThat(english.userMessage()).doesNotContain("TypeMismatch", "must not");
    }

    @Test
    void outcomeUnknownTellsTheWorkerToReReadTheOrder() {
        assertThat(new OutcomeUnknownException("dispatch", 0, null, null, null, null).userMessage())
                .contains("주문을 새로 조회");
    }

    @Test
    void ipNotAllowedNamesWhatToRegisterWhere() {
        assertThat(new IpNotAllowedException("confirm", 403, "GW.IP_NOT_ALLOWED", null, null).userMessage())
                .contains("네이버페이센터", "공인", "API 호출 IP");
    }

    @Test
    void requestRejectedHasNoStatusAndNeedsAMessage() {
        RequestRejectedException e = new RequestRejectedException("queryProductOrders", "301 ids", "300건까지입니다.");

        assertThat(e.httpStatus()).isZero();
        assertThat(e.traceId()).isNull();
        assertThatThrownBy(() -> new RequestRejectedException("x", "y", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
