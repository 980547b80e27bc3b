package io.orderdesk.sandbox.server;

import io.orderdesk.domain.GatewayError;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.SandboxAdmin;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The admin path {@code /__sandbox/…}, which the real API does not have: tests, demo mode and training use it to
 * shape the world, inject faults and read the call log. No token needed; answers are plain JSON, no envelope.
 */
final class AdminHandler {

    static final String PREFIX = "/__sandbox";

    private final SandboxAdmin admin;
    private final Faults faults;
    private final CallLog calls;
    private final Replies replies;
    private final Responder responder;
    private final RateLimiter.Outcome limits;

    AdminHandler(SandboxAdmin admin, Faults faults, CallLog calls, Replies replies, Responder responder,
                 RateLimiter.Outcome limits) {
        this.admin = admin;
        this.faults = faults;
        this.calls = calls;
        this.replies = replies;
        this.responder = responder;
        this.limits = limits;
    }

    void handle(HttpCall call) throws IOException {
        String path = call.rawPath().substring(PREFIX.length());
        String route = call.method() + " " + path;
        Reply reply = switch (route) {
            case "POST /reset" -> withBody(call, admin::reset);
            case "POST /orders" -> withBody(call, admin::createOrder);
            case "POST /events" -> withBody(call, admin::event);
            case "POST /clock" -> withBody(call, admin::advanceClock);
            case "GET /faults" -> Reply.json(200, AdminJson.faults(faults.list()));
            case "POST /faults" -> addFault(call);
            case "DELETE /faults" -> Reply.json(200, Map.of("cleared", faults.clear()));
            case "GET /calls" -> Reply.json(200, AdminJson.calls(calls.calls()));
            case "DELETE /calls" -> Reply.json(200, Map.of("cleared", calls.clear()));
            default -> productOrderOrNotFound(call, path);
        };
        responder.send(call, reply, limits);
    }

    private Reply productOrderOrNotFound(HttpCall call, String path) {
        String prefix = "/product-orders/";
        if ("GET".equals(call.method()) && path.startsWith(prefix) && path.length() > prefix.length()
                && path.indexOf('/', prefix.length()) < 0) {
            try {
                return plain(admin.productOrder(UrlCodec.decodePathSegment(path.substring(prefix.length()))), call);
            } catch (IllegalArgumentException e) {
                return replies.invalidParameter("path: " + e.getMessage(), call.traceId());
            }
        }
        return replies.gateway(GatewayError.NOT_FOUND, call.traceId());
    }

    private Reply withBody(HttpCall call, Function<Object, ApiResult> action) throws IOException {
        byte[] body = call.body();
        Object json = null;
        if (body.length > 0) {
            try {
                json = Json.parse(body);
            } catch (Json.MalformedJsonException e) {
                return replies.invalidParameter("request body is not valid JSON", call.traceId());
            }
        }
        return plain(action.apply(json), call);
    }

    private Reply addFault(HttpCall call) throws IOException {
        try {
            faults.add(AdminJson.fault(Json.parse(call.body())));
        } catch (Json.MalformedJsonException e) {
            return replies.invalidParameter("request body is not valid JSON", call.traceId());
        } catch (IllegalArgumentException e) {
            return replies.invalidParameter(e.getMessage(), call.traceId());
        }
        return Reply.json(200, AdminJson.faults(faults.list()));
    }

    private Reply plain(ApiResult result, HttpCall call) {
        if (!result.isOk()) {
            return replies.error(result.status(), result.code(), result.message(), call.traceId());
        }
        return Reply.json(result.status(), result.data() == null ? Map.of() : result.data());
    }
}
