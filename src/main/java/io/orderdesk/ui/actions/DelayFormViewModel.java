package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 발송 지연: a new dispatch due date, a reason and the detail the buyer reads, the same for every offered line. The
 * due date must lie after today, after the latest current due date of the lines when known, and within
 * {@link #MAX_DAYS_AHEAD} days (Naver answers 104105 beyond its undocumented horizon; the sandbox uses 90 days).
 * The date is sent as the end of that day in Korean time.
 */
public final class DelayFormViewModel extends FormBase {

    /** Naver documents no limit; the buyer reads the detail in a short notice, so we keep it to 300 characters. */
    public static final int MAX_DETAIL = 300;
    public static final int MAX_DAYS_AHEAD = 90;

    private final Formats formats;
    private final Clock clock;
    private final LocalDate currentDueDate;
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DelayedDispatchReason> reason = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dueDateError = errorSlot();
    private final ReadOnlyStringWrapper reasonError = errorSlot();
    private final ReadOnlyStringWrapper detailError = errorSlot();
    private final ObservableList<DelayedDispatchReason> reasons = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Arrays.stream(DelayedDispatchReason.values())
                    .filter(value -> value != DelayedDispatchReason.UNKNOWN).toList()));

    /** @param dueDates the current 발송기한 of lines where known, by product order id */
    DelayFormViewModel(List<ActionTarget> offered, Map<String, Instant> dueDates, Inputs inputs, Formats formats,
                       Clock clock) {
        super(OrderAction.DELAY, offered, inputs);
        this.formats = formats;
        this.clock = clock;
        this.currentDueDate = offered.stream().map(target -> dueDates.get(target.productOrderId()))
                .filter(Objects::nonNull).max(Instant::compareTo)
                .map(instant -> instant.atZone(Formats.SHOP_ZONE).toLocalDate()).orElse(null);
        watch(dueDate, reason, detail);
    }

    @Override
    protected void check() {
        dueDateError.set(dueDateProblem());
        reasonError.set(inputs.required(reason.get()));
        detailError.set(inputs.requiredText(detail.get(), MAX_DETAIL));
    }

    private String dueDateProblem() {
        LocalDate date = dueDate.get();
        LocalDate today = today();
        if (date == null) {
            return formats.text("actions.delay.error.required");
        }
        if (!date.isAfter(today)) {
            return formats.text("actions.delay.error.notAfterToday");
        }
        if (currentDueDate != null && !date.isAfter(currentDueDate)) {
            return formats.text("actions.delay.error.notAfterCurrent", currentDueDate.toString());
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return formats.text("actions.delay.error.tooFar", MAX_DAYS_AHEAD);
        }
        return "";
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        Instant due = dueDate.get().atTime(LocalTime.of(23, 59, 59)).atZone(Formats.SHOP_ZONE).toInstant();
        return new ActionInput.Delay(due, reason.get(), detail.get().strip());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.SHOP_ZONE);
    }

    /** The latest current due date among the lines, or null when none is known. */
    public LocalDate currentDueDate() {
        return currentDueDate;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<DelayedDispatchReason> reasonProperty() {
        return reason;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ObservableList<DelayedDispatchReason> reasons() {
        return reasons;
    }

    public ReadOnlyStringProperty dueDateErrorProperty() {
        return dueDateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }
}
