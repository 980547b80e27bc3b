package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.ui.orders.Formats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the outbox's line results into table rows. A state's words are the domain's Korean label unless the bundle
 * has {@code actions.state.<STATE>} (the English bundle does), so Korean stays in one place.
 */
final class ResultRows {

    private final Formats formats;
    private Map<String, String> names = Map.of();

    ResultRows(Formats formats) {
        this.formats = formats;
    }

    void names(List<ActionTarget> targets) {
        Map<String, String> byId = new HashMap<>();
        targets.forEach(target -> byId.putIfAbsent(target.productOrderId(),
                target.productName() == null ? "" : target.productName()));
        this.names = byId;
    }

    void names(Map<String, String> productNames) {
        this.names = new HashMap<>(productNames);
    }

    ResultRow row(LineResult line) {
        String name = names.get(line.productOrderId());
        return new ResultRow(line.productOrderId(), name == null ? "" : name, line.state(),
                stateLabel(line.state()), text(line.code()), text(line.message()), text(line.traceId()),
                text(line.note()), line.addressChanged());
    }

    String stateLabel(ActionLineState state) {
        String key = "actions.state." + state.name();
        return formats.bundle().containsKey(key) ? formats.text(key) : state.label();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
