package io.orderdesk.api.error;

/**
 * We refused to send the request because it breaks a rule of the API that we check first (for example
 * more than 300 ids in one detail query, or more than 30 lines in one dispatch). Nothing was sent, so
 * {@link #httpStatus()} is 0 and there is no trace ID.
 */
public final class RequestRejectedException extends NpayApiException {

    private final String userMessage;

    /**
     * @param endpoint    the endpoint that was not called
     * @param detail      technical reason for the log, e.g. {@code "301 ids, limit 300"}
     * @param userMessage the Korean sentence that explains the limit to the shop worker
     */
    public RequestRejectedException(String endpoint, String detail, String userMessage) {
        super(endpoint, 0, null, null, detail, null);
        if (userMessage == null || userMessage.isBlank()) {
            throw new IllegalArgumentException("userMessage is required");
        }
        this.userMessage = userMessage;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }
}
