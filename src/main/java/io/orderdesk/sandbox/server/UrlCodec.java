package io.orderdesk.sandbox.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding as a Spring-style API server does it. In a query string or form body a raw {@code +} is a space,
 * so an unencoded {@code +09:00} arrives as {@code " 09:00"} and fails date parsing, exactly the pitfall clients
 * must avoid; in a path segment {@code +} stays a plus.
 */
final class UrlCodec {

    private UrlCodec() {
    }

    /** Decodes {@code a=1&b=2&a=3} into names with every value in arrival order; null or empty gives no names. */
    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeQueryPart(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeQueryPart(pair.substring(eq + 1));
            params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Decodes one query or form component; throws IllegalArgumentException on a broken {@code %} escape. */
    static String decodeQueryPart(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** Decodes one path segment, where {@code +} is literal. */
    static String decodePathSegment(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The first value of a name, or null. */
    static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
