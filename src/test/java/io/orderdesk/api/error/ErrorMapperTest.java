package io.orderdesk.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMapperTest {

    private static final String TRACE = "ar2-55f4fd5f54-mwk8w^1643182339983^366577";
    private static final String HEADER_TRACE = "cr3-000000-aaaaaa^1730711073284^6745261";

    private final ErrorMapper mapper = new ErrorMapper();

    /** §8.2: every gateway code with its status, as a read and as a write. */
    static Stream<Arguments> gatewayCodes() {
        return Stream.of(
                Arguments.of(401, "GW.AUTHN", AuthenticationException.class, AuthenticationException.class),
                Arguments.of(403, "GW.IP_NOT_ALLOWED", IpNotAllowedException.class, IpNotAllowedException.class),
                Arguments.of(404, "GW.NOT_FOUND", NotFoundException.class, NotFoundException.class),
                Arguments.of(429, "GW.RATE_LIMIT", RateLimitedException.class, RateLimitedException.class),
                Arguments.of(429, "GW.QUOTA_LIMIT", RateLimitedException.class, RateLimitedException.class),
                Arguments.of(500, "GW.PROXY.01", ServerException.class, ServerException.class),
                Arguments.of(500, "GW.PROXY.02", ServerException.class, ServerException.class),
                Arguments.of(500, "GW.PROXY.03", ServerException.class, OutcomeUnknownException.class),
                Arguments.of(500, "GW.PROXY.04", ServerException.class, OutcomeUnknownException.class),
                Arguments.of(500, "GW.PROXY.05", ServerException.class, ServerException.class),
                Arguments.of(500, "GW.INTERNAL_SERVER_ERROR", ServerException.class, ServerException.class),
                Arguments.of(503, "GW.BLOCK.01", ServerException.class, ServerException.class),
                Arguments.of(503, "GW.BLOCK.02", ServerException.class, ServerException.class),
                Arguments.of(504, "GW.TIMEOUT.01", ServerException.class, OutcomeUnknownException.class),
                Arguments.of(504, "GW.TIMEOUT.02", ServerException.class, OutcomeUnknownException.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("gatewayCodes")
    void mapsEachGatewayCodeWithTheTraceIdFromTheBody(int status, String code,
                                                      Class<? extends NpayApiException> asRead,
                                                      Class<? extends NpayApiException> asWrite) {
        String body = gatewayBody(code, TRACE);

        NpayApiException read = mapper.fromResponse("lastChangedStatuses", false, status, Headers.of(), body);
        NpayApiException write = mapper.fromResponse("confirm", true, status, Headers.of(), body);

        assertThat(read).isExactlyInstanceOf(asRead);
        assertThat(write).isExactlyInstanceOf(asWrite);
        for (NpayApiException e : new NpayApiException[] {read, write}) {
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.traceId()).isEqualTo(TRACE);
            assertThat(e.getMessage()).contains(code, TRACE, String.valueOf(status));
        }
        assertThat(read.endpoint()).isEqualTo("lastChangedStatuses");
    }

    @Test
    void theOfficial401TakesItsTraceIdFromTheBody() {
        String body = """
                {
                    "code":"GW.AUTHN",
                    "message":"요청을 보낼 권한이 없습니다.",
                    "timestamp":"2023-11-05T23:35:24.415+09:00",
                    "traceId":"cr3-000000-aaaaaa^1730711073284^6745261"
                }""";

        NpayApiException e = mapper.fromResponse("confirm", true, 401,
                Headers.of("gncp-gw-trace-id", "other"), body);

        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.traceId()).isEqualTo(HEADER_TRACE);
    }

    @Test
    void withoutATraceIdInTheBodyTheHeaderIsUsedWhateverItsCase() {
        String body = "{\"code\":\"string\",\"message\":\"string\",\"timestamp\":\"2023-01-16T17:14:51.794+09:00\","
                + "\"traceId\":\"string\"}";

        NpayApiException lower = mapper.fromResponse("confirm", false, 500,
                Headers.of("gncp-gw-trace-id", HEADER_TRACE), "{\"code\":\"9999\"}");
        NpayApiException placeholder = mapper.fromResponse("confirm", false, 400,
                Headers.of("GNCP-GW-Trace-ID", HEADER_TRACE), body);

        assertThat(lower.traceId()).isEqualTo(HEADER_TRACE);
        assertThat(placeholder.traceId()).isEqualTo(HEADER_TRACE);
    }

    @Test
    void anApiServer400CarriesCodeMessageAndInvalidInputs() {
        String body = "{\"code\":\"104131\",\"message\":\"상품 주문 번호가 중복되었습니다.\","
                + "\"timestamp\":\"2023-01-16T17:14:51.794+09:00\",\"traceId\":\"" + TRACE + "\","
                + "\"invalidInputs\":[{\"type\":\"NotEmpty\",\"name\":\"productOrderIds\",\"message\":\"필수 값입니다.\"},"
                + "{\"type\":\"x\"}]}";

        NpayApiException e = mapper.fromResponse("confirm", true, 400, Headers.of(), body);

        assertThat(e).isInstanceOf(InvalidInputException.class);
        InvalidInputException invalid = (InvalidInputException) e;
        assertThat(invalid.code()).isEqualTo("104131");
        assertThat(invalid.apiMessage()).isEqualTo("상품 주문 번호가 중복되었습니다.");
        assertThat(invalid.details()).containsExactly(
                new InvalidInputDetail("NotEmpty", "productOrderIds", "필수 값입니다."),
                new InvalidInputDetail("x", null, null));
        assertThat(invalid.userMessage()).contains("상품 주문 번호가 중복되었습니다.", "필수 값입니다.");
    }

    @Test
    void aNumericCodeIsKeptAsPlainText() {
        NpayApiException e = mapper.fromResponse("queryProductOrders", false, 400, Headers.of(),
                "{\"code\":100001,\"message\":\"상품 주문을 찾을 수 없습니다.\"}");

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.code()).isEqualTo("100001");
    }

    @Test
    void orderNotFoundCodesMapToNotFound() {
        assertThat(mapper.fromResponse("productOrderIds", false, 400, Headers.of(), "{\"code\":\"100003\"}"))
                .isInstanceOf(NotFoundException.class);
        assertThat(mapper.fromResponse("productOrderIds", false, 404, Headers.of(), ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void tokenEndpointRejectionsAreAuthenticationFailures() {
        String observed = "{\"code\":\"BadRequest\",\"message\":\"입력한 데이터가 유효하지 않습니다.\","
                + "\"invalidInputs\":[{\"type\":\"auth.eapp-application.status.invalid\","
                + "\"message\":\"어플리케이션 상태가 유효하지 않습니다.\"}]}";

        assertThat(mapper.fromResponse("issueToken", false, 400, Headers.of(), observed))
                .isInstanceOf(AuthenticationException.class);
        assertThat(mapper.fromResponse("issueToken", false, 403, Headers.of(), "{\"code\":\"ROLE_NOT_FOUND\"}"))
                .isInstanceOf(AuthenticationException.class);
        assertThat(mapper.fromResponse("issueToken", false, 403, Headers.of(), gatewayBody("GW.IP_NOT_ALLOWED", TRACE)))
                .isInstanceOf(IpNotAllowedException.class);
        assertThat(mapper.fromResponse("confirm", false, 400, Headers.of(), observed))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anHtmlPageIsMalformedAndKeepsItsStatusAndHeaderTraceId() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

        NpayApiException e = mapper.fromResponse("lastChangedStatuses", false, 502,
                Headers.of("GNCP-GW-Trace-ID", HEADER_TRACE), html);

        assertThat(e).isInstanceOf(MalformedResponseException.class);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.traceId()).isEqualTo(HEADER_TRACE);
        assertThat(mapper.fromResponse("x", false, 400, Headers.of(), "[1,2]"))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aWriteThatTimedOutAtTheGatewayHasAnUnknownOutcomeButAReadIsAServerError() {
        String body = gatewayBody("GW.TIMEOUT.01", TRACE);

        assertThat(mapper.fromResponse("dispatch", true, 504, Headers.of(), body))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(mapper.fromResponse("lastChangedStatuses", false, 504, Headers.of(), body))
                .isInstanceOf(ServerException.class);
    }

    @Test
    void aWriteGettingACodelessServerErrorHasAnUnknownOutcome() {
        NpayApiException badGateway = mapper.fromResponse("dispatch", true, 502, Headers.of(), "<html>Bad Gateway</html>");
        assertThat(badGateway).isInstanceOf(OutcomeUnknownException.class);
        assertThat(badGateway.httpStatus()).isEqualTo(502);
        assertThat(mapper.fromResponse("dispatch", true, 500, Headers.of(), ""))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(mapper.fromResponse("dispatch", true, 503, Headers.of(), ""))
                .isInstanceOf(ServerException.class);
        assertThat(mapper.fromResponse("dispatch", true, 500, Headers.of(), "{\"code\":\"9999\",\"message\":\"기타\"}"))
                .isInstanceOf(ServerException.class);
    }

    @Test
    void otherClientErrorsAreInvalidInput() {
        assertThat(mapper.fromResponse("confirm", false, 409, Headers.of(), "")).isInstanceOf(InvalidInputException.class);
        assertThat(mapper.fromResponse("confirm", false, 415, Headers.of(), "{}")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ioFailuresOfAWriteThatMayHaveBeenSentHaveAnUnknownOutcome() {
        IOException readTimeout = new SocketTimeoutException("timeout");

        NpayApiException wrapped =
                mapper.fromIOException("confirm", true, new OutcomeUnknownIoException("confirm", readTimeout), null);
        NpayApiException bare = mapper.fromIOException("confirm", true, readTimeout, "t1");

        assertThat(wrapped).isInstanceOf(OutcomeUnknownException.class);
        assertThat(wrapped.httpStatus()).isZero();
        assertThat(bare).isInstanceOf(OutcomeUnknownException.class);
        assertThat(bare.traceId()).isEqualTo("t1");
    }

    @Test
    void ioFailuresBeforeConnectingAreNetworkErrorsThatWereNotSent() {
        NpayApiException refused = mapper.fromIOException("confirm", true, new ConnectException("refused"), null);
        NpayApiException unknownHost = mapper.fromIOException("list", false, new UnknownHostException("x"), null);
        NpayApiException readFailed = mapper.fromIOException("list", false, new SocketTimeoutException("timeout"), null);

        assertThat(refused).isInstanceOf(NetworkException.class);
        assertThat(((NetworkException) refused).sent()).isFalse();
        assertThat(((NetworkException) unknownHost).sent()).isFalse();
        assertThat(readFailed).isInstanceOf(NetworkException.class);
        assertThat(((NetworkException) readFailed).sent()).isTrue();
        assertThat(refused.getCause()).isInstanceOf(ConnectException.class);
    }

    @Test
    void malformedKeepsStatusTraceIdAndCause() {
        IllegalStateException cause = new IllegalStateException("Expected BEGIN_OBJECT");

        MalformedResponseException e = mapper.malformed("queryProductOrders", 200, TRACE, cause);

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.traceId()).isEqualTo(TRACE);
        assertThat(e.getCause()).isSameAs(cause);
    }

    private static String gatewayBody(String code, String traceId) {
        return "{\"code\":\"" + code + "\",\"message\":\"작업 중 오류가 발생하였습니다.\","
                + "\"timestamp\":\"2022-02-07T07:57:11.369+09:00\",\"traceId\":\"" + traceId + "\"}";
    }
}
