package io.orderdesk.api.json;

/**
 * One element of an API list that could not be read and was left out, so the caller can log it (with the response's
 * trace ID) and carry on with the rest.
 *
 * @param index          position of the element in the JSON array, from 0
 * @param productOrderId the element's product order number when it could still be found, otherwise {@code null}
 * @param reason         why it was rejected, including the JSON path of the bad value where known
 */
public record RejectedItem(int index, String productOrderId, String reason) {
}
