package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call's parameters decoded for the shop, or the reason they could not be. Decoding happens before the gateway
 * decides anything, so even a rejected call's log entry names the product orders it was about.
 *
 * @param request         the shop's view of the call; null when {@code error} is set
 * @param error           why the query or body could not be decoded (answered with 400 {@code 4000}); or null
 * @param productOrderIds ids named in the path or body, for the call log
 */
record DecodedRequest(ApiRequest request, String error, List<String> productOrderIds) {

    static DecodedRequest decode(Map<String, String> pathParams, String rawQuery, byte[] body, boolean readsBody) {
        Map<String, List<String>> query;
        try {
            query = UrlCodec.parseQuery(rawQuery);
        } catch (IllegalArgumentException e) {
            return new DecodedRequest(null, "query string: " + e.getMessage(), productOrderIds(pathParams, null));
        }
        Object json = null;
        if (readsBody && body.length > 0) {
            try {
                json = Json.parse(body);
            } catch (Json.MalformedJsonException e) {
                return new DecodedRequest(null, "request body is not valid JSON", productOrderIds(pathParams, null));
            }
        }
        return new DecodedRequest(new ApiRequest(pathParams, query, json), null, productOrderIds(pathParams, json));
    }

    private static List<String> productOrderIds(Map<String, String> pathParams, Object body) {
        List<String> ids = new ArrayList<>();
        String fromPath = pathParams.get("productOrderId");
        if (fromPath != null) {
            ids.add(fromPath);
        }
        if (body instanceof Map<?, ?> map) {
            if (map.get("productOrderIds") instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
            }
            if (map.get("dispatchProductOrders") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> dispatch && dispatch.get("productOrderId") instanceof String id) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
