package io.orderdesk.sandbox.server;

import io.orderdesk.domain.ApiErrorCode;
import io.orderdesk.domain.GatewayError;
import io.orderdesk.sandbox.ApiResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the API's response bodies: the data envelope, the four-key error body, and the odd ones out. */
final class Replies {

    /** Message for {@code 4000} raised by the gateway itself (bad JSON, broken escapes). */
    static final String INVALID_PARAMETER_MESSAGE = "잘못된 요청 파라미터입니다.";

    private final Clock clock;

    Replies(Clock clock) {
        this.clock = clock;
    }

    Reply envelope(Object data, String traceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", Json.timestamp(clock.instant()));
        body.put("traceId", traceId);
        body.put("data", data);
        return Reply.json(200, body);
    }

    Reply error(int status, String code, String message, String traceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("timestamp", Json.timestamp(clock.instant()));
        body.put("traceId", traceId);
        return Reply.json(status, body);
    }

    Reply gateway(GatewayError error, String traceId) {
        return error(error.httpStatus(), error.code(), error.message(), traceId);
    }

    Reply invalidParameter(String detail, String traceId) {
        return error(400, ApiErrorCode.INVALID_PARAMETER.code(), INVALID_PARAMETER_MESSAGE + " (" + detail + ")",
                traceId);
    }

    /** The shop's answer in API form; the envelope keeps the shop's 2xx status. */
    Reply of(ApiResult result, String traceId) {
        if (!result.isOk()) {
            return error(result.status(), result.code(), result.message(), traceId);
        }
        Reply reply = envelope(result.data(), traceId);
        return result.status() == 200 ? reply : new Reply(result.status(), reply.contentType(), reply.body());
    }

    /** What an nginx-style proxy in front of the gateway sends when the gateway behind it is gone. */
    Reply badGatewayPage() {
        return Reply.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n");
    }
}
