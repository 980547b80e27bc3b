package io.orderdesk.sandbox.server;

import io.orderdesk.domain.GatewayError;
import java.util.List;
import java.util.Optional;

/**
 * The last step of every API and token call: log it, then answer now or after a hold. Keeping both in one place
 * means no path through the gateway can answer without leaving a trace in the call log.
 */
final class Exits {

    private final CallLog calls;
    private final Responder responder;
    private final Replies replies;

    Exits(CallLog calls, Responder responder, Replies replies) {
        this.calls = calls;
        this.responder = responder;
        this.replies = replies;
    }

    Replies replies() {
        return replies;
    }

    Responder responder() {
        return responder;
    }

    void answer(HttpCall call, String endpoint, List<String> ids, Fault fault, boolean applied, Reply reply,
                RateLimiter.Outcome limits) {
        calls.add(new CallRecord(call.arrived(), endpoint, call.method(), call.rawPath(), ids, applied,
                reply.status(), call.traceId(), fault == null ? null : fault.kind()));
        if (fault != null && fault.kind() == FaultKind.HOLD) {
            responder.sendAfter(fault.latencyMs(), call, reply, limits);
        } else {
            responder.send(call, reply, limits);
        }
    }

    /** The immediate answer a rejecting fault gives, or empty for kinds that let the call through. */
    Optional<Reply> rejection(Fault fault, String traceId) {
        if (fault == null) {
            return Optional.empty();
        }
        return switch (fault.kind()) {
            case RATE_LIMIT -> Optional.of(replies.gateway(GatewayError.RATE_LIMIT, traceId));
            case SERVER_ERROR -> Optional.of(replies.gateway(GatewayError.INTERNAL_SERVER_ERROR, traceId));
            case UNAVAILABLE -> Optional.of(replies.gateway(GatewayError.BLOCK_01, traceId));
            case GATEWAY_TIMEOUT -> Optional.of(replies.gateway(GatewayError.TIMEOUT_01, traceId));
            case IP_NOT_ALLOWED -> Optional.of(replies.gateway(GatewayError.IP_NOT_ALLOWED, traceId));
            case HTML_ERROR -> Optional.of(replies.badGatewayPage());
            default -> Optional.empty();
        };
    }

    /** A rate-limit fault must look like a real empty bucket in the headers too. */
    static RateLimiter.Outcome limitsFor(Fault fault, RateLimiter.Outcome limits) {
        if (fault != null && fault.kind() == FaultKind.RATE_LIMIT) {
            return new RateLimiter.Outcome(false, limits.rate(), limits.burst(), 0);
        }
        return limits;
    }
}
