package io.orderdesk.api.error;

import java.io.IOException;

/**
 * No usable answer came back: the server could not be reached, or a read failed on its way back.
 * {@link #sent()} tells whether the request may have left this PC; a write that may have been sent is
 * reported as {@link OutcomeUnknownException} instead, so a {@code NetworkException} never hides a write
 * that might have been applied.
 */
public final class NetworkException extends NpayApiException {

    private final boolean sent;

    public NetworkException(String endpoint, boolean sent, String traceId, IOException cause) {
        super(endpoint, 0, null, traceId, String.valueOf(cause), cause);
        this.sent = sent;
    }

    /** False when the connection was never established, so the server cannot have seen the request. */
    public boolean sent() {
        return sent;
    }

    @Override
    public String userMessage() {
        if (!sent) {
            return "네이버페이 서버에 연결할 수 없습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.";
        }
        return "네이버페이 서버의 응답이 끊겼습니다. 잠시 후 다시 시도해 주세요.";
    }
}
