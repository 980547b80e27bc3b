package io.orderdesk.ui.reviews;

/**
 * How fetching a period went. Reviews stored before a failure stay stored and are shown.
 *
 * @param fetched reviews stored by this fetch
 * @param skipped reviews the API sent that could not be read (logged with their trace ID)
 * @param message for {@link Status#FAILED}: a Korean sentence from the API layer, else null
 * @param traceId for {@link Status#FAILED}: the failed call's trace ID when the API gave one, else null
 */
public record FetchOutcome(Status status, int fetched, int skipped, String message, String traceId) {

    public enum Status {
        /** Every day of the period was read. */
        OK,
        /** The API failed part way; what came before is stored. */
        FAILED,
        /** No API connection is set up (e.g. settings incomplete), so nothing was asked. */
        NOT_CONNECTED
    }

    public static FetchOutcome ok(int fetched, int skipped) {
        return new FetchOutcome(Status.OK, fetched, skipped, null, null);
    }

    public static FetchOutcome failed(int fetched, int skipped, String message, String traceId) {
        return new FetchOutcome(Status.FAILED, fetched, skipped, message, traceId);
    }

    public static FetchOutcome notConnected() {
        return new FetchOutcome(Status.NOT_CONNECTED, 0, 0, null, null);
    }
}
