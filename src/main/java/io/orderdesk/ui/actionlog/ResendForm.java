package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The FAILED and UNKNOWN lines the user chose to send again, with their corrections. The confirm button binds to
 * {@link #validProperty()}, so nothing invalid is sent.
 */
public final class ResendForm {

    private final long actionId;
    private final OrderAction action;
    private final List<ResendLine> lines;
    private final BooleanBinding valid;

    ResendForm(long actionId, OrderAction action, List<ActionLineRow> rows, ResourceBundle bundle) {
        this.actionId = actionId;
        this.action = action;
        this.lines = rows.stream().map(row -> new ResendLine(row, bundle)).toList();
        Observable[] errors = lines.stream().map(ResendLine::errorProperty).toArray(Observable[]::new);
        this.valid = Bindings.createBooleanBinding(
                () -> lines.stream().allMatch(line -> line.errorProperty().get().isEmpty()), errors);
    }

    public long actionId() {
        return actionId;
    }

    public OrderAction action() {
        return action;
    }

    public List<ResendLine> lines() {
        return lines;
    }

    /** True when some line's carrier and tracking number can be corrected. */
    public boolean isCorrectable() {
        return lines.stream().anyMatch(ResendLine::isCorrectable);
    }

    /** True when some line's outcome is unknown: it may have taken effect already, so settling first is wiser. */
    public boolean hasUnknown() {
        return lines.stream().anyMatch(line -> line.state() == ActionLineState.UNKNOWN);
    }

    /** True when every line may be sent. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The input for each line by product order id, in the form's order. */
    public Map<String, ActionInput> inputs() {
        Map<String, ActionInput> inputs = new LinkedHashMap<>();
        lines.forEach(line -> inputs.put(line.productOrderId(), line.input()));
        return inputs;
    }
}
