package io.orderdesk.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One decoded call to the sandbox's API, handed from the HTTP layer to the shop.
 *
 * @param pathParams {@code productOrderId} / {@code orderId} from the path, already percent-decoded
 * @param query      query parameters, decoded, in arrival order per name (repeated keys keep every value)
 * @param body       the JSON body decoded to Maps, Lists, Strings, Doubles, Booleans and nulls
 *                   (Moshi's {@code readJsonValue} shape); null when the request had no body
 */
public record ApiRequest(Map<String, String> pathParams, Map<String, List<String>> query, Object body) {

    public ApiRequest {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
    }
}
