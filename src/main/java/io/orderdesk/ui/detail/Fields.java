package io.orderdesk.ui.detail;

import io.orderdesk.ui.orders.Formats;
import java.util.ArrayList;
import java.util.List;

/** Collects the fields of one card, leaving out what the API did not send so cards stay short. */
final class Fields {

    private final Formats formats;
    private final List<DetailField> fields = new ArrayList<>();

    Fields(Formats formats) {
        this.formats = formats;
    }

    Fields add(String key, String value) {
        return add(key, value, false);
    }

    Fields add(String key, String value, boolean flagged) {
        if (value != null && !value.isBlank()) {
            fields.add(new DetailField(formats.text("detail.field." + key), value, flagged));
        }
        return this;
    }

    /** Adds an amount unless it is absent or zero. */
    Fields amount(String key, Long won) {
        return won == null || won == 0 ? this : add(key, formats.money(won));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    DetailSection section(String id, String title) {
        return new DetailSection(id, title, fields);
    }
}
