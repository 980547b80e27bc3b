package io.orderdesk.sandbox.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the admin path: fault rules in both directions and call-log entries out. */
final class AdminJson {

    private AdminJson() {
    }

    /** Reads {@code {"endpoint","kind","rate","latencyMs","count"}}; throws IllegalArgumentException on bad input. */
    static Fault fault(Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        if (!(map.get("endpoint") instanceof String endpoint)) {
            throw new IllegalArgumentException("endpoint is required: an Endpoint name, TOKEN or *");
        }
        if (!(map.get("kind") instanceof String kindName)) {
            throw new IllegalArgumentException("kind is required");
        }
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault kind: " + kindName);
        }
        Fault fault = Fault.of(endpoint, kind);
        if (map.get("rate") != null) {
            fault = fault.withRate(number(map.get("rate"), "rate"));
        }
        if (map.get("latencyMs") != null) {
            fault = fault.withLatencyMs((long) number(map.get("latencyMs"), "latencyMs"));
        }
        if (map.get("count") != null) {
            fault = fault.withCount((int) number(map.get("count"), "count"));
        }
        return fault;
    }

    static Map<String, Object> faults(List<Fault> faults) {
        return Map.of("faults", faults.stream().map(AdminJson::fault).toList());
    }

    static Map<String, Object> calls(List<CallRecord> calls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", calls.size());
        body.put("calls", calls.stream().map(AdminJson::call).toList());
        return body;
    }

    private static Map<String, Object> fault(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", fault.endpoint());
        json.put("kind", fault.kind().name());
        json.put("rate", fault.rate());
        json.put("latencyMs", fault.latencyMs());
        json.put("count", fault.count());
        return json;
    }

    private static Map<String, Object> call(CallRecord call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", Json.timestamp(call.time()));
        json.put("endpoint", call.endpoint());
        json.put("method", call.method());
        json.put("path", call.path());
        json.put("productOrderIds", call.productOrderIds());
        json.put("applied", call.applied());
        json.put("status", call.status());
        json.put("traceId", call.traceId());
        json.put("fault", call.fault() == null ? null : call.fault().name());
        return json;
    }

    private static double number(Object value, String field) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException(field + " must be a number");
    }
}
