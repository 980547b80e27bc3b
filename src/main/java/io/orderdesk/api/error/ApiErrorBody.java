package io.orderdesk.api.error;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error body shared by the gateway and the API server (§8.1):
 * {@code {code, message, timestamp, traceId, invalidInputs}}. Parsed with plain maps so a body of any
 * shape can be read without failing; missing fields are null.
 *
 * @param code          {@code GW.*} gateway code or API-server code (numbers are turned into text)
 * @param message       the server's message
 * @param traceId       the trace ID in the body, when present and not a placeholder
 * @param invalidInputs the listed invalid inputs, empty when none
 */
public record ApiErrorBody(String code, String message, String traceId, List<InvalidInputDetail> invalidInputs) {

    private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

    public ApiErrorBody {
        invalidInputs = invalidInputs == null ? List.of() : List.copyOf(invalidInputs);
    }

    /** Reads {@code body}; empty when it is blank, not JSON, or JSON that is not an object. */
    public static Optional<ApiErrorBody> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        Object root;
        try {
            root = JSON.fromJson(body);
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
        if (!(root instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        String traceId = text(map.get("traceId"));
        // The docs' auto-generated examples carry the placeholder "string"; it identifies nothing.
        if ("string".equals(traceId)) {
            traceId = null;
        }
        return Optional.of(new ApiErrorBody(
                text(map.get("code")), text(map.get("message")), traceId, details(map.get("invalidInputs"))));
    }

    private static List<InvalidInputDetail> details(Object value) {
        List<InvalidInputDetail> details = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry) {
                    details.add(new InvalidInputDetail(
                            text(entry.get("type")), text(entry.get("name")), text(entry.get("message"))));
                }
            }
        }
        return details;
    }

    private static String text(Object value) {
        if (value instanceof Double number) {
            // Moshi reads every JSON number as a double; 104131 must stay "104131", not "104131.0".
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof String string && !string.isBlank()) {
            return string;
        }
        return value == null || value instanceof String ? null : value.toString();
    }
}
