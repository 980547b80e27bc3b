package io.orderdesk.api.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

/** Reads and writes date-times through {@link NpayDateTime}. */
final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {

    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
        }
        String text = reader.nextString();
        // An empty string says "no date" as plainly as null does; failing the whole order over it would not help.
        if (text.isBlank()) {
            return null;
        }
        try {
            return NpayDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new JsonDataException("Expected a date-time but was '" + text + "' at path " + reader.getPath(), e);
        }
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
        if (value == null) {
            writer.nullValue();
        } else {
            writer.value(NpayDateTime.format(value));
        }
    }

    @Override
    public String toString() {
        return "JsonAdapter(OffsetDateTime)";
    }
}
