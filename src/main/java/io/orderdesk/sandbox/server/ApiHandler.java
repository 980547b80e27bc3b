package io.orderdesk.sandbox.server;

import io.orderdesk.domain.GatewayError;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxApi;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 20 order endpoints, in the order a real gateway works: route, IP filter, token, rate limit, then the API
 * server (the shop). Injected faults slot in where the failure they imitate would happen.
 */
final class ApiHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final Router router = new Router();
    private final SandboxApi api;
    private final Tokens tokens;
    private final RateLimiter limiter;
    private final Faults faults;
    private final Exits exits;

    ApiHandler(SandboxApi api, Tokens tokens, RateLimiter limiter, Faults faults, Exits exits) {
        this.api = api;
        this.tokens = tokens;
        this.limiter = limiter;
        this.faults = faults;
        this.exits = exits;
    }

    void handle(HttpCall call, String pathBelowBase) throws IOException {
        Optional<Router.Match> match;
        try {
            match = router.match(call.method(), pathBelowBase);
        } catch (IllegalArgumentException e) {
            match = Optional.empty();
        }
        if (match.isEmpty()) {
            exits.answer(call, null, List.of(), null, false,
                    exits.replies().gateway(GatewayError.NOT_FOUND, call.traceId()), limiter.untouched());
            return;
        }
        Endpoint endpoint = match.get().endpoint();
        DecodedRequest decoded = DecodedRequest.decode(match.get().pathParams(), call.rawQuery(), call.body(),
                "POST".equals(endpoint.method()));
        String name = endpoint.name();
        List<String> ids = decoded.productOrderIds();

        Fault early = faults.pick(name, FaultKind::beforeAuth).orElse(null);
        if (early != null && early.kind() == FaultKind.TOKEN_EXPIRY) {
            tokens.expireAll();
        }
        Optional<Reply> blocked = exits.rejection(early, call.traceId());
        if (blocked.isPresent()) {
            exits.answer(call, name, ids, early, false, blocked.get(), limiter.untouched());
            return;
        }
        Optional<String> client = Bearer.token(call.header("Authorization")).flatMap(tokens::clientFor);
        if (client.isEmpty()) {
            exits.answer(call, name, ids, early, false,
                    exits.replies().gateway(GatewayError.AUTHN, call.traceId()), limiter.untouched());
            return;
        }
        RateLimiter.Outcome limits = limiter.acquire(client.get(), name);
        if (!limits.allowed()) {
            exits.answer(call, name, ids, null, false,
                    exits.replies().gateway(GatewayError.RATE_LIMIT, call.traceId()), limits);
            return;
        }
        Fault fault = faults.pick(name, kind -> !kind.beforeAuth()).orElse(null);
        Optional<Reply> rejected = exits.rejection(fault, call.traceId());
        if (rejected.isPresent()) {
            exits.answer(call, name, ids, fault, false, rejected.get(), Exits.limitsFor(fault, limits));
        } else if (fault != null && fault.kind() == FaultKind.LATENCY) {
            exits.responder().later(fault.latencyMs(), () -> apply(call, endpoint, decoded, fault, limits));
        } else {
            apply(call, endpoint, decoded, fault, limits);
        }
    }

    private void apply(HttpCall call, Endpoint endpoint, DecodedRequest decoded, Fault fault,
                       RateLimiter.Outcome limits) {
        String name = endpoint.name();
        if (decoded.error() != null) {
            exits.answer(call, name, decoded.productOrderIds(), fault, false,
                    exits.replies().invalidParameter(decoded.error(), call.traceId()), limits);
            return;
        }
        ApiResult result;
        try {
            result = api.call(endpoint, decoded.request());
        } catch (RuntimeException e) {
            log.error("The sandbox shop failed on {} ({})", name, call.traceId(), e);
            result = ApiResult.error(500, "9999", "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");
        }
        Reply reply = exits.replies().of(result, call.traceId());
        if (result.isOk() && fault != null && fault.kind() == FaultKind.BAD_ITEM) {
            reply = exits.replies().envelope(BadItem.corrupt(result.data()), call.traceId());
        }
        if (fault != null && fault.kind() == FaultKind.MALFORMED_JSON) {
            reply = reply.truncated();
        }
        exits.answer(call, name, decoded.productOrderIds(), fault, result.isOk(), reply, limits);
    }
}
