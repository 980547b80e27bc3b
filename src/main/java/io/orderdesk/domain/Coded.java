package io.orderdesk.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A code received from the API together with the enum member it maps to. A code that this version does not know
 * maps to the enum's {@code UNKNOWN} member and is kept verbatim in {@link #raw()}, so nothing is lost and nothing
 * throws.
 *
 * @param value the member, {@code UNKNOWN} when the code is not known
 * @param raw   the code exactly as received
 */
public record Coded<E extends Enum<E> & CodedEnum>(E value, String raw) {

    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.put(((CodedEnum) constant).code(), (Enum<?>) constant);
            }
            return Map.copyOf(map);
        }
    };

    public Coded {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(raw, "raw");
    }

    /** Maps a received code; never throws for an unknown code. */
    public static <E extends Enum<E> & CodedEnum> Coded<E> of(Class<E> type, String raw) {
        Objects.requireNonNull(raw, "raw");
        return new Coded<>(lookup(type, raw), raw);
    }

    /** Wraps a known member, with its own code as the raw value. */
    public static <E extends Enum<E> & CodedEnum> Coded<E> known(E value) {
        return new Coded<>(value, value.code());
    }

    /** The member for a code, or the enum's {@code UNKNOWN} member. */
    public static <E extends Enum<E> & CodedEnum> E lookup(Class<E> type, String code) {
        Enum<?> member = BY_CODE.get(type).get(code);
        return member != null ? type.cast(member) : Enum.valueOf(type, "UNKNOWN");
    }

    /** True when the code maps to a real member rather than to {@code UNKNOWN}. */
    public boolean isKnown() {
        return value.code().equals(raw);
    }

    /** The Korean label, or the raw code when the code is unknown. */
    public String label() {
        return isKnown() ? value.label() : raw;
    }

    @Override
    public String toString() {
        return raw;
    }
}
