package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.CodedEnum;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * A JSON object under construction that keeps key order and silently drops absent values, because the API omits
 * fields that do not apply instead of sending nulls.
 */
final class Fields extends LinkedHashMap<String, Object> {

    Fields() {
        super(32);
    }

    Fields with(String key, Object value) {
        if (value != null) {
            put(key, value);
        }
        return this;
    }

    Fields date(String key, Instant value) {
        return with(key, Dates.format(value));
    }

    Fields code(String key, CodedEnum value) {
        return with(key, value == null ? null : value.code());
    }
}
