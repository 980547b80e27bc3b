package io.orderdesk.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an API check found.
 *
 * @param problem        null when the check passed
 * @param message        on failure, a short Korean sentence for the user (the API error's own words plus what to
 *                       do); null when the check passed
 * @param traceId        the last trace ID Naver Pay sent (quote it to support); may be null
 * @param tokenIssued    whether an access token was obtained
 * @param localTime      this PC's time when the server answered the read; null when no read was made
 * @param serverTime     the server's timestamp on that answer; null when unknown
 * @param localAddresses this PC's own network addresses, as a hint when the IP is not allowed (empty otherwise)
 * @param publicAddress  a public IPv4 address found on this PC's own network interfaces, when there is one; a PC
 *                       behind a router has none, and then its public IP cannot be known without asking an outside
 *                       service, which the check does not do
 */
public record ConnectionCheckResult(ConnectionCheckProblem problem, String message, String traceId,
                                    boolean tokenIssued, Instant localTime, OffsetDateTime serverTime,
                                    List<String> localAddresses, String publicAddress) {

    public ConnectionCheckResult {
        localAddresses = List.copyOf(localAddresses);
    }

    /** A check that got a token and read data. */
    public static ConnectionCheckResult passed(String traceId, Instant localTime, OffsetDateTime serverTime) {
        return new ConnectionCheckResult(null, null, traceId, true, localTime, serverTime, List.of(), null);
    }

    /** A check that failed for a reason other than the IP filter. */
    public static ConnectionCheckResult failed(ConnectionCheckProblem problem, String message, String traceId,
                                               boolean tokenIssued) {
        return new ConnectionCheckResult(problem, message, traceId, tokenIssued, null, null, List.of(), null);
    }

    public boolean ok() {
        return problem == null;
    }

    /** Server time minus PC time (positive: the PC is behind); null when unknown. */
    public Duration clockDrift() {
        if (localTime == null || serverTime == null) {
            return null;
        }
        return Duration.between(localTime, serverTime.toInstant());
    }

    /** True when the PC clock is off by more than {@link ConnectionCheck#DRIFT_WARNING}. */
    public boolean clockWarning() {
        Duration drift = clockDrift();
        return drift != null && drift.abs().compareTo(ConnectionCheck.DRIFT_WARNING) > 0;
    }
}
