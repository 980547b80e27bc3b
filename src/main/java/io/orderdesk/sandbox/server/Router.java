package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a method and a raw path (below the base path) to one of the 20 endpoints, decoding path parameters.
 * Templates are split once up front, so matching a request is a few string comparisons.
 */
final class Router {

    /** A matched endpoint with its decoded {@code {productOrderId}} / {@code {orderId}} values. */
    record Match(Endpoint endpoint, Map<String, String> pathParams) {
    }

    private record Template(Endpoint endpoint, String[] segments) {
    }

    private final List<Template> templates = new ArrayList<>();

    Router() {
        for (Endpoint endpoint : Endpoint.values()) {
            templates.add(new Template(endpoint, split(endpoint.pathTemplate())));
        }
    }

    /**
     * Finds the endpoint for {@code rawPath} such as {@code /v1/pay-order/mall/product-orders/2022%2F1/delay}.
     * Throws IllegalArgumentException when a path segment carries a broken escape.
     */
    Optional<Match> match(String method, String rawPath) {
        String[] segments = split(rawPath);
        for (Template template : templates) {
            if (!template.endpoint().method().equals(method) || template.segments().length != segments.length) {
                continue;
            }
            Map<String, String> params = bind(template.segments(), segments);
            if (params != null) {
                return Optional.of(new Match(template.endpoint(), params));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> bind(String[] template, String[] actual) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(part.substring(1, part.length() - 1), UrlCodec.decodePathSegment(actual[i]));
            } else if (!part.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }
}
