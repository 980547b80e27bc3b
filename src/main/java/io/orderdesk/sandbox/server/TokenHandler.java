package io.orderdesk.sandbox.server;

import io.orderdesk.domain.GatewayError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/oauth2/token}: client credentials with a bcrypt signature. Fields may come in the form body or,
 * as older clients send them, in the query string. Every failure is the same 401 {@code GW.AUTHN}, so the answer
 * never says which part of a guess was right.
 */
final class TokenHandler {

    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final SignatureCheck signature;
    private final Tokens tokens;
    private final RateLimiter limiter;
    private final Faults faults;
    private final Exits exits;
    private final Clock clock;

    TokenHandler(Credentials credentials, Tokens tokens, RateLimiter limiter, Faults faults, Exits exits,
                 Clock clock) {
        this.credentials = credentials;
        this.signature = new SignatureCheck(credentials.clientSecret());
        this.tokens = tokens;
        this.limiter = limiter;
        this.faults = faults;
        this.exits = exits;
        this.clock = clock;
    }

    void handle(HttpCall call) throws IOException {
        if (!"POST".equals(call.method())) {
            exits.answer(call, null, List.of(), null, false,
                    exits.replies().gateway(GatewayError.NOT_FOUND, call.traceId()), limiter.untouched());
            return;
        }
        Fault early = faults.pick(Fault.TOKEN, FaultKind::beforeAuth).orElse(null);
        if (early != null && early.kind() == FaultKind.TOKEN_EXPIRY) {
            tokens.expireAll();
        }
        Optional<Reply> blocked = exits.rejection(early, call.traceId());
        if (blocked.isPresent()) {
            exits.answer(call, Fault.TOKEN, List.of(), early, false, blocked.get(), limiter.untouched());
            return;
        }
        Map<String, String> fields = fields(call);
        if (!valid(fields)) {
            exits.answer(call, Fault.TOKEN, List.of(), early, false,
                    exits.replies().gateway(GatewayError.AUTHN, call.traceId()), limiter.untouched());
            return;
        }
        String clientId = fields.get("client_id");
        RateLimiter.Outcome limits = limiter.acquire(clientId, Fault.TOKEN);
        if (!limits.allowed()) {
            exits.answer(call, Fault.TOKEN, List.of(), null, false,
                    exits.replies().gateway(GatewayError.RATE_LIMIT, call.traceId()), limits);
            return;
        }
        Fault fault = faults.pick(Fault.TOKEN, kind -> !kind.beforeAuth()).orElse(null);
        Optional<Reply> rejected = exits.rejection(fault, call.traceId());
        if (rejected.isPresent()) {
            exits.answer(call, Fault.TOKEN, List.of(), fault, false, rejected.get(), Exits.limitsFor(fault, limits));
        } else if (fault != null && fault.kind() == FaultKind.LATENCY) {
            exits.responder().later(fault.latencyMs(), () -> issue(call, fields, fault, limits));
        } else {
            issue(call, fields, fault, limits);
        }
    }

    private void issue(HttpCall call, Map<String, String> fields, Fault fault, RateLimiter.Outcome limits) {
        String type = fields.get("type");
        String resource = String.join("|", fields.get("client_id"), type,
                "SELLER".equals(type) ? fields.get("account_id") : credentials.merchantId());
        Tokens.Issued issued = tokens.issue(fields.get("client_id"), resource);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("expires_in", issued.expiresInSeconds());
        body.put("token_type", "Bearer");
        Reply reply = Reply.json(200, body);
        if (fault != null && fault.kind() == FaultKind.MALFORMED_JSON) {
            reply = reply.truncated();
        }
        exits.answer(call, Fault.TOKEN, List.of(), fault, true, reply, limits);
    }

    private boolean valid(Map<String, String> fields) {
        String clientId = fields.get("client_id");
        String timestamp = fields.get("timestamp");
        String sign = fields.get("client_secret_sign");
        String type = fields.get("type");
        String merchantId = fields.get("merchant_id");
        if (!credentials.clientId().equals(clientId) || !"client_credentials".equals(fields.get("grant_type"))
                || sign == null || timestamp == null || !fresh(timestamp)) {
            return false;
        }
        boolean typeOk = "SELF".equals(type) || ("SELLER".equals(type) && !isBlank(fields.get("account_id")));
        boolean merchantOk = merchantId == null || credentials.merchantId().equals(merchantId);
        return typeOk && merchantOk && signature.matches(clientId, timestamp, sign);
    }

    private boolean fresh(String timestamp) {
        long millis;
        try {
            millis = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        return Math.abs(clock.millis() - millis) <= TIMESTAMP_TOLERANCE.toMillis();
    }

    /** Query fields first, then form-body fields over them. */
    private static Map<String, String> fields(HttpCall call) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        putFirst(fields, call.rawQuery());
        putFirst(fields, new String(call.body(), StandardCharsets.UTF_8));
        return fields;
    }

    private static void putFirst(Map<String, String> fields, String raw) {
        if (raw == null) {
            return;
        }
        for (String pair : raw.split("&")) {
            try {
                UrlCodec.parseQuery(pair).forEach((name, values) -> fields.put(name, values.get(0)));
            } catch (IllegalArgumentException e) {
                // A stray '%' drops just that field, and the checks then fail with the usual 401.
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
