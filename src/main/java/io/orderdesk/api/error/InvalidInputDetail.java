package io.orderdesk.api.error;

/**
 * One entry of an error body's {@code invalidInputs}: which input the server rejected and why.
 *
 * @param type    the validation type, e.g. {@code auth.eapp-application.status.invalid}; may be null
 * @param name    the rejected field, when the server names it; may be null
 * @param message the server's (usually Korean) explanation; may be null
 */
public record InvalidInputDetail(String type, String name, String message) {
}
