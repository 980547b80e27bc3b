package io.orderdesk.ui.reviews;

import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import io.orderdesk.ui.synclog.ClipboardSink;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reviews screen: stored reviews of a period (the last seven days at first), and "불러오기" to fetch the period
 * from the API into the store. A failed fetch says so in a banner with its trace ID; what is stored stays shown.
 * The reviews endpoint's contract is provisional (reference §11), which the screen notes.
 */
public final class ReviewsViewModel {

    /** The longest period one fetch may cover: one API call series per day. */
    public static final int MAX_DAYS = 31;
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");

    private final ReviewsPort port;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final ReviewTexts texts;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ObservableList<ReviewItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bannerTraceId = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final Command fetch;
    private final Command showOrder;
    private final Command copyTraceId;
    private ClipboardSink clipboard = ClipboardSink.NONE;
    private boolean started;
    private int generation;

    public ReviewsViewModel(ReviewsPort port, UiExecutor executor, ResourceBundle bundle, Clock clock,
                            OrderOpener opener) {
        this.port = port;
        this.executor = executor;
        this.bundle = bundle;
        this.clock = clock;
        this.texts = new ReviewTexts(bundle);
        LocalDate today = today();
        from.set(today.minusDays(6));
        to.set(today);
        this.fetch = new Command(periodError.isEmpty(), this::fetch);
        this.showOrder = Command.instant(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().productOrderId().isBlank(), selected),
                () -> opener.show(selected.get().productOrderId()));
        this.copyTraceId = Command.instant(bannerTraceId.isNotEmpty(), () -> {
            clipboard.put(bannerTraceId.get());
            status.set(bundle.getString("reviews.traceCopied"));
        });
        from.addListener((observable, was, now) -> periodChanged());
        to.addListener((observable, was, now) -> periodChanged());
        validate();
    }

    /** Where the copy command puts the trace ID; the view passes the system clipboard. */
    public void useClipboard(ClipboardSink sink) {
        this.clipboard = sink;
    }

    /** Shows the stored reviews of the period; the view calls it when the screen opens. */
    public void start() {
        started = true;
        readStored();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), KST);
    }

    private void periodChanged() {
        if (validate() && started) {
            readStored();
        }
    }

    private boolean validate() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        String error = "";
        if (start == null || end == null) {
            error = bundle.getString("reviews.period.missing");
        } else if (start.isAfter(end)) {
            error = bundle.getString("reviews.period.reversed");
        } else if (end.isAfter(today())) {
            error = bundle.getString("reviews.period.future");
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            error = MessageFormat.format(bundle.getString("reviews.period.tooLong"), MAX_DAYS);
        }
        periodError.set(error);
        return error.isEmpty();
    }

    private void readStored() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        int mine = ++generation;
        reading.set(true);
        executor.submit(() -> port.stored(start, end), stored -> {
            if (mine != generation) {
                return;
            }
            reading.set(false);
            String keep = selected.get() == null ? null : selected.get().reviewId();
            rows.setAll(stored.stream().map(texts::item).toList());
            selected.set(rows.stream().filter(item -> item.reviewId().equals(keep)).findFirst().orElse(null));
            summary.set(MessageFormat.format(bundle.getString("reviews.count"), rows.size()));
        }, error -> {
            if (mine == generation) {
                reading.set(false);
                showBanner(bundle.getString("reviews.readFailed"), null);
            }
        });
    }

    private void fetch(Runnable done) {
        LocalDate start = from.get();
        LocalDate end = to.get();
        showBanner("", null);
        status.set(bundle.getString("reviews.fetching"));
        executor.submit(() -> port.fetch(start, end), outcome -> {
            status.set("");
            switch (outcome.status()) {
                case OK -> status.set(MessageFormat.format(bundle.getString(outcome.skipped() == 0
                        ? "reviews.fetched" : "reviews.fetchedSkipped"), outcome.fetched(), outcome.skipped()));
                case FAILED -> showBanner(MessageFormat.format(bundle.getString("reviews.fetchFailed"),
                        outcome.message() == null ? "" : outcome.message()), outcome.traceId());
                case NOT_CONNECTED -> showBanner(bundle.getString("reviews.notConnected"), null);
            }
            readStored();
            done.run();
        }, error -> {
            status.set("");
            showBanner(bundle.getString("reviews.fetchError"), null);
            readStored();
            done.run();
        });
    }

    private void showBanner(String text, String traceId) {
        banner.set(text);
        bannerTraceId.set(traceId == null ? "" : traceId);
    }

    /** First day of the period (Korean calendar). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day of the period, included. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Why the period cannot be fetched, next to the date pickers; empty when it can. */
    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ObservableList<ReviewItem> rows() {
        return rows;
    }

    /** The review the user selected; the view keeps it in step with the table. */
    public ObjectProperty<ReviewItem> selectedProperty() {
        return selected;
    }

    /** "리뷰 N건" stored for the period. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Progress and the last fetch's result. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong with the last fetch or read, in Korean; empty when nothing did. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The failed call's trace ID, empty when there is none. */
    public ReadOnlyStringProperty bannerTraceIdProperty() {
        return bannerTraceId.getReadOnlyProperty();
    }

    /** True while stored reviews are being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Fetches the period from the API, then shows what is stored; allowed while the period is valid. */
    public Command fetchCommand() {
        return fetch;
    }

    /** Shows the selected review's product order in the main window. */
    public Command showOrderCommand() {
        return showOrder;
    }

    /** Copies the banner's trace ID. */
    public Command copyTraceIdCommand() {
        return copyTraceId;
    }
}
