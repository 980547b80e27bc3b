package io.orderdesk.api.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads {@code PartialList<T>}: each array element is first taken as its raw JSON text (kept for the store) and only
 * then converted to {@code T}, so a conversion failure is confined to that element and recorded as a
 * {@link RejectedItem}. Writing a
 * partial list writes its items only.
 */
final class PartialListAdapterFactory implements JsonAdapter.Factory {

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        if (!annotations.isEmpty() || Types.getRawType(type) != PartialList.class) {
            return null;
        }
        if (!(type instanceof ParameterizedType)) {
            throw new IllegalArgumentException("PartialList needs its element type, e.g. PartialList<Review>");
        }
        Type elementType = ((ParameterizedType) type).getActualTypeArguments()[0];
        return new PartialListAdapter<>(moshi.adapter(elementType)).nullSafe();
    }

    private static final class PartialListAdapter<T> extends JsonAdapter<PartialList<T>> {
        private final JsonAdapter<T> elementAdapter;

        PartialListAdapter(JsonAdapter<T> elementAdapter) {
            this.elementAdapter = elementAdapter;
        }

        @Override
        public PartialList<T> fromJson(JsonReader reader) throws IOException {
            List<T> items = new ArrayList<>();
            List<String> rawItems = new ArrayList<>();
            List<RejectedItem> rejected = new ArrayList<>();
            reader.beginArray();
            for (int index = 0; reader.hasNext(); index++) {
                String text;
                try (BufferedSource source = reader.nextSource()) {
                    text = source.readUtf8();
                }
                try {
                    T item = elementAdapter.fromJson(text);
                    if (item == null) {
                        rejected.add(new RejectedItem(index, null, "null element"));
                    } else {
                        items.add(item);
                        rawItems.add(text);
                    }
                } catch (IOException | RuntimeException e) {
                    // Any failure converting this one element (wrong type, bad date, bad number) skips only it.
                    rejected.add(new RejectedItem(index, productOrderIdOf(text), describe(e)));
                }
            }
            reader.endArray();
            return new PartialList<>(items, rejected, rawItems);
        }

        @Override
        public void toJson(JsonWriter writer, PartialList<T> value) throws IOException {
            writer.beginArray();
            for (T item : value.items()) {
                elementAdapter.toJson(writer, item);
            }
            writer.endArray();
        }

        @Override
        public String toString() {
            return "JsonAdapter(PartialList<" + elementAdapter + ">)";
        }
    }

    /**
     * Like {@link JsonReader#readJsonValue()}, except that numbers are kept as their exact text; used only to dig the
     * product-order id out of an element that could not be read.
     */
    private static Object readExactValue(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    object.put(name, readExactValue(reader));
                }
                reader.endObject();
                return object;
            case BEGIN_ARRAY:
                List<Object> array = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(readExactValue(reader));
                }
                reader.endArray();
                return array;
            case STRING:
            case NUMBER:
                return reader.nextString();
            case BOOLEAN:
                return reader.nextBoolean();
            case NULL:
                return reader.nextNull();
            default:
                throw new JsonDataException("Unexpected " + reader.peek() + " at path " + reader.getPath());
        }
    }

    private static String productOrderIdOf(String text) {
        Object raw;
        try {
            raw = readExactValue(JsonReader.of(new Buffer().writeUtf8(text)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!(raw instanceof Map)) {
            return null;
        }
        Map<?, ?> element = (Map<?, ?>) raw;
        Object id = element.get("productOrderId");
        if (id == null && element.get("productOrder") instanceof Map) {
            id = ((Map<?, ?>) element.get("productOrder")).get("productOrderId");
        }
        return id instanceof String ? (String) id : null;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }
}
