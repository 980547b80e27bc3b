package io.orderdesk.ui.detail;

import java.util.List;

/**
 * One card of the detail pane.
 *
 * @param id    stable name for styling and tests, e.g. {@code recipient} or {@code completed-1}
 * @param title the card's heading
 */
public record DetailSection(String id, String title, List<DetailField> fields) {

    public DetailSection {
        fields = List.copyOf(fields);
    }

    /** The value of the field with this label, or {@code null}. */
    public String value(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).map(DetailField::value).findFirst().orElse(null);
    }
}
