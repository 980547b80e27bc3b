package io.orderdesk.store;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;

/**
 * The "what changed" text of a history row: a JSON object from column name to {@code [before, after]}, e.g.
 * {@code {"productOrderStatus":["PAYED","DELIVERING"],"trackingNumber":[null,"601234567890"]}}. Compact enough to keep
 * one per version, readable in a database console.
 */
final class ChangeSet {

    private ChangeSet() {
    }

    /** The tracked columns that differ between two versions; {@code before} is {@code null} for a new line. */
    static Map<String, HistoryEntry.Change> between(OrderSummary before, OrderSummary after) {
        Map<String, HistoryEntry.Change> changes = new LinkedHashMap<>();
        for (ProductOrderColumns.Column column : ProductOrderColumns.TRACKED) {
            String old = before == null ? null : text(column.value().apply(before));
            String now = text(column.value().apply(after));
            boolean unremarkableStart = before == null && (now == null || "false".equals(now));
            if (!Objects.equals(old, now) && !unremarkableStart) {
                changes.put(column.name(), new HistoryEntry.Change(old, now));
            }
        }
        return changes;
    }

    static String toJson(Map<String, HistoryEntry.Change> changes) {
        Buffer buffer = new Buffer();
        try (JsonWriter writer = JsonWriter.of(buffer)) {
            writer.setSerializeNulls(true);
            writer.beginObject();
            for (Map.Entry<String, HistoryEntry.Change> entry : changes.entrySet()) {
                writer.name(entry.getKey()).beginArray()
                        .value(entry.getValue().before())
                        .value(entry.getValue().after())
                        .endArray();
            }
            writer.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.readUtf8();
    }

    static Map<String, HistoryEntry.Change> fromJson(String json) {
        Map<String, HistoryEntry.Change> changes = new LinkedHashMap<>();
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                reader.beginArray();
                String before = nullableString(reader);
                String after = nullableString(reader);
                reader.endArray();
                changes.put(name, new HistoryEntry.Change(before, after));
            }
            reader.endObject();
        } catch (IOException e) {
            throw new StoreException("Unreadable history entry: " + json, e);
        }
        return changes;
    }

    private static String nullableString(JsonReader reader) throws IOException {
        return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
