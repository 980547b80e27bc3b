package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.ConnectionCheckResult;
import io.orderdesk.ui.support.Labels;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The API check's result in words: a one-line summary, the details, and the trace ID to quote to Naver support.
 * Times are shown in KST, as the Npay center shows them.
 */
public final class ApiCheckViewModel {

    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<ApiCheckStatus> status = new ReadOnlyObjectWrapper<>(ApiCheckStatus.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper traceId = new ReadOnlyStringWrapper("");

    ApiCheckViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    void running() {
        set(ApiCheckStatus.RUNNING, text("apicheck.running"), List.of(), null);
    }

    void show(ConnectionCheckResult result) {
        if (result.ok()) {
            showPassed(result);
        } else {
            showFailed(result);
        }
    }

    /** The check itself could not run (a bug or an unexpected failure); the log has the details. */
    void crashed(Throwable error) {
        set(ApiCheckStatus.FAILED, text("apicheck.problem.OTHER"), List.of(String.valueOf(error.getMessage())), null);
    }

    private void showPassed(ConnectionCheckResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(text("apicheck.token.ok"));
        lines.add(text("apicheck.read.ok"));
        Duration drift = result.clockDrift();
        if (drift == null) {
            lines.add(text("apicheck.serverTime.unknown"));
        } else {
            lines.add(text("apicheck.serverTime", TIME.format(result.serverTime().atZoneSameInstant(KST)),
                    TIME.format(result.localTime().atZone(KST))));
            lines.add(driftLine(drift));
        }
        if (result.clockWarning()) {
            lines.add(text("apicheck.drift.advice"));
            set(ApiCheckStatus.WARNING, text("apicheck.summary.clock"), lines, result.traceId());
        } else {
            set(ApiCheckStatus.OK, text("apicheck.summary.ok"), lines, result.traceId());
        }
    }

    private void showFailed(ConnectionCheckResult result) {
        List<String> lines = new ArrayList<>();
        if (result.tokenIssued()) {
            lines.add(text("apicheck.token.ok"));
        }
        ConnectionCheckProblem problem = result.problem();
        switch (problem) {
            case IP_NOT_ALLOWED -> {
                lines.add(text("apicheck.ip.register"));
                if (result.publicAddress() != null) {
                    lines.add(text("apicheck.ip.public", result.publicAddress()));
                } else {
                    lines.add(text("apicheck.ip.unknown"));
                    lines.add(text("apicheck.ip.local", result.localAddresses().isEmpty()
                            ? text("apicheck.ip.none") : String.join(", ", result.localAddresses())));
                }
            }
            case AUTHENTICATION -> lines.add(text("apicheck.auth.detail"));
            // The check's own sentence is Korean (it may quote the failure); other languages get a bundle line.
            case INVALID_SETTINGS, OTHER -> lines.add(new Labels(bundle).korean() ? String.valueOf(result.message())
                    : text("apicheck.detail." + problem.name()));
            default -> {
                // The summary says it all; the server's own sentence would only repeat it.
            }
        }
        set(ApiCheckStatus.FAILED, text("apicheck.problem." + problem.name()), lines, result.traceId());
    }

    private String driftLine(Duration drift) {
        long seconds = Math.round(drift.toMillis() / 1000.0);
        if (seconds == 0) {
            return text("apicheck.drift.none");
        }
        return seconds > 0 ? text("apicheck.drift.behind", seconds) : text("apicheck.drift.ahead", -seconds);
    }

    private void set(ApiCheckStatus newStatus, String newSummary, List<String> lines, String trace) {
        summary.set(newSummary);
        details.set(String.join("\n", lines));
        traceId.set(trace == null ? "" : trace);
        status.set(newStatus);
    }

    private String text(String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), arguments);
    }

    public ReadOnlyObjectProperty<ApiCheckStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ApiCheckStatus getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public String getDetails() {
        return details.get();
    }

    /** The last trace ID Naver Pay sent, or empty. */
    public ReadOnlyStringProperty traceIdProperty() {
        return traceId.getReadOnlyProperty();
    }

    public String getTraceId() {
        return traceId.get();
    }
}
