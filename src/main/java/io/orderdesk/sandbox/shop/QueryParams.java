package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.CodedEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed access to decoded query parameters; malformed values become a {@link BadRequest} naming the parameter. */
final class QueryParams {

    static final Duration MAX_WINDOW = Duration.ofHours(24);

    private final Map<String, List<String>> values;

    QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    String optString(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty() || list.get(0) == null || list.get(0).isBlank()) {
            return null;
        }
        return list.get(0).trim();
    }

    Instant date(String name) {
        String text = optString(name);
        if (text == null) {
            throw BadRequest.missing(name);
        }
        return Dates.parse(name, text);
    }

    /**
     * The inclusive window {@code [from, to]}: {@code to} defaults to 24 h after {@code from}, a longer span is
     * refused with 104139 and a reversed one with 4000.
     */
    Instant[] window(String fromName, String toName) {
        Instant from = date(fromName);
        String toText = optString(toName);
        Instant to = toText == null ? from.plus(MAX_WINDOW) : Dates.parse(toName, toText);
        if (to.isBefore(from)) {
            throw BadRequest.invalid(toName, fromName + "보다 이전일 수 없습니다");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw BadRequest.rangeExceeded(fromName, toName);
        }
        return new Instant[] {from, to};
    }

    Integer optInt(String name, int min, int max) {
        String text = optString(name);
        if (text == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException notNumber) {
            throw BadRequest.invalid(name, "정수여야 합니다");
        }
        if (value < min || value > max) {
            throw BadRequest.invalid(name, min + "~" + max + " 사이의 값이어야 합니다");
        }
        return value;
    }

    <E extends Enum<E> & CodedEnum> E optCode(Class<E> type, String name) {
        String text = optString(name);
        return text == null ? null : Enums.parse(type, name, text);
    }

    /** Every value of a list parameter, whether sent as repeated keys, comma-joined, or both. Empty = no filter. */
    <E extends Enum<E> & CodedEnum> Set<E> codes(Class<E> type, String name) {
        Set<E> result = EnumSet.noneOf(type);
        for (String raw : values.getOrDefault(name, List.of())) {
            for (String part : split(raw)) {
                result.add(Enums.parse(type, name, part));
            }
        }
        return result;
    }

    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        if (raw == null) {
            return parts;
        }
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }
}
