package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.CodedEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to a decoded JSON object (Maps, Lists, Strings, Doubles, Booleans). Anything missing or of the wrong
 * shape becomes a {@link BadRequest} naming the field, so handlers read a body as if it were always well-formed.
 */
final class Body {

    private final Map<?, ?> values;
    private final String prefix;

    private Body(Map<?, ?> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    /** The request body, which must be a JSON object. */
    static Body of(Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            throw BadRequest.invalid("body", "요청 본문(JSON 객체)이 필요합니다");
        }
        return new Body(map, "");
    }

    /** A body that may be absent altogether (admin calls with only optional fields). */
    static Body orEmpty(Object body) {
        return body == null ? new Body(Map.of(), "") : of(body);
    }

    String field(String name) {
        return prefix + name;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    String string(String name) {
        String value = optString(name);
        if (value == null || value.isBlank()) {
            throw BadRequest.missing(field(name));
        }
        return value;
    }

    String optString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        throw BadRequest.invalid(field(name), "문자열이어야 합니다");
    }

    Integer optInt(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw BadRequest.invalid(field(name), "정수여야 합니다");
    }

    Double optNumber(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        throw BadRequest.invalid(field(name), "숫자여야 합니다");
    }

    Long optLong(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        throw BadRequest.invalid(field(name), "정수여야 합니다");
    }

    Long optAmount(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() < 1e12) {
            return Math.round(number.doubleValue());
        }
        throw BadRequest.invalid(field(name), "0 이상의 금액이어야 합니다");
    }

    boolean flag(String name) {
        Object value = values.get(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw BadRequest.invalid(field(name), "true 또는 false여야 합니다");
    }

    Instant optDate(String name) {
        String text = optString(name);
        return text == null ? null : Dates.parse(field(name), text);
    }

    Instant date(String name) {
        return Dates.parse(field(name), string(name));
    }

    <E extends Enum<E> & CodedEnum> E code(Class<E> type, String name) {
        return Enums.parse(type, field(name), string(name));
    }

    <E extends Enum<E> & CodedEnum> E optCode(Class<E> type, String name) {
        String text = optString(name);
        return text == null ? null : Enums.parse(type, field(name), text);
    }

    /** A required array with {@code min..max} elements. */
    List<Object> list(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            throw BadRequest.missing(field(name));
        }
        if (!(value instanceof List<?> list)) {
            throw BadRequest.invalid(field(name), "배열이어야 합니다");
        }
        if (list.size() < min || list.size() > max) {
            throw BadRequest.invalid(field(name), min + "~" + max + "개까지 요청할 수 있습니다 (요청: " + list.size() + "개)");
        }
        return new ArrayList<>(list);
    }

    List<String> strings(String name, int min, int max) {
        List<String> result = new ArrayList<>();
        for (Object item : list(name, min, max)) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw BadRequest.invalid(field(name), "상품 주문 번호는 비어 있지 않은 문자열이어야 합니다");
            }
            result.add(text.trim());
        }
        return result;
    }

    /** Element {@code index} of array {@code name}, which must itself be an object. */
    static Body element(String name, int index, Object item) {
        String where = name + "[" + index + "]";
        if (!(item instanceof Map<?, ?> map)) {
            throw BadRequest.invalid(where, "객체여야 합니다");
        }
        return new Body(map, where + ".");
    }
}
