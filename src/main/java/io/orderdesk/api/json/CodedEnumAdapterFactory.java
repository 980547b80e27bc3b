package io.orderdesk.api.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Adapts the API's string codes. {@code Coded<E>} (responses) keeps the code as received and maps unknown codes to
 * {@code E.UNKNOWN}; a bare coded enum (requests) is written as its {@link CodedEnum#code()} and, if it is ever read,
 * maps unknown codes to {@code UNKNOWN} too. Moshi's built-in enum adapter would use member names and throw on
 * anything new, which is exactly what must not happen with a list of codes Naver keeps extending.
 */
final class CodedEnumAdapterFactory implements JsonAdapter.Factory {

    // Coded's bound (Enum<E> & CodedEnum) cannot be expressed on a Class<?> found by reflection, hence raw types;
    // codedEnumClass has checked the bound by then.
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        if (!annotations.isEmpty()) {
            return null;
        }
        Class<?> raw = Types.getRawType(type);
        if (raw == Coded.class) {
            return new CodedAdapter(codedEnumClass(codeType(type)));
        }
        if (raw.isEnum() && CodedEnum.class.isAssignableFrom(raw)) {
            return new BareEnumAdapter(codedEnumClass(raw));
        }
        return null;
    }

    private static Type codeType(Type type) {
        if (!(type instanceof ParameterizedType)) {
            throw new IllegalArgumentException("Coded needs its enum type argument, e.g. Coded<ClaimType>: " + type);
        }
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static Class<?> codedEnumClass(Type type) {
        Class<?> raw = Types.getRawType(type);
        if (!raw.isEnum() || !CodedEnum.class.isAssignableFrom(raw)) {
            throw new IllegalArgumentException("Not a CodedEnum enum: " + type);
        }
        return raw;
    }

    private static String readCode(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case STRING:
            case NUMBER:
                return reader.nextString();
            case BOOLEAN:
                return Boolean.toString(reader.nextBoolean());
            default:
                throw new JsonDataException(
                        "Expected a code but was " + reader.peek() + " at path " + reader.getPath());
        }
    }

    private static final class CodedAdapter<E extends Enum<E> & CodedEnum> extends JsonAdapter<Coded<E>> {
        private final Class<E> type;

        CodedAdapter(Class<E> type) {
            this.type = type;
        }

        @Override
        public Coded<E> fromJson(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            return Coded.of(type, readCode(reader));
        }

        @Override
        public void toJson(JsonWriter writer, Coded<E> value) throws IOException {
            if (value == null) {
                writer.nullValue();
            } else {
                writer.value(value.raw());
            }
        }

        @Override
        public String toString() {
            return "JsonAdapter(Coded<" + type.getSimpleName() + ">)";
        }
    }

    private static final class BareEnumAdapter<E extends Enum<E> & CodedEnum> extends JsonAdapter<E> {
        private final Class<E> type;

        BareEnumAdapter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E fromJson(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            return Coded.lookup(type, readCode(reader));
        }

        @Override
        public void toJson(JsonWriter writer, E value) throws IOException {
            if (value == null) {
                writer.nullValue();
            } else {
                writer.value(value.code());
            }
        }

        @Override
        public String toString() {
            return "JsonAdapter(" + type.getSimpleName() + ")";
        }
    }
}
