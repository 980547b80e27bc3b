package io.orderdesk.sandbox.server;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.orderdesk.sandbox.SandboxClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import okio.Buffer;

/**
 * The sandbox's own JSON: request bodies become plain Maps/Lists (Moshi's generic value shape) and plain values are
 * written back, so the gateway never needs DTOs and cannot share the client's.
 */
final class Json {

    /** The API's date-time shape: always milliseconds and {@code +09:00}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(SandboxClock.KST);

    private Json() {
    }

    /** Parses a whole document; trailing garbage is an error too, as a strict server would treat it. */
    static Object parse(byte[] bytes) throws MalformedJsonException {
        try {
            JsonReader reader = JsonReader.of(new Buffer().write(bytes));
            Object value = reader.readJsonValue();
            if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
                throw new MalformedJsonException("unexpected content after the JSON value");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new MalformedJsonException(e.getMessage());
        }
    }

    static byte[] write(Object value) {
        Buffer buffer = new Buffer();
        try (JsonWriter writer = JsonWriter.of(buffer)) {
            // Write exactly what the shop returned: it decides which fields are absent and which are null.
            writer.setSerializeNulls(true);
            writer.jsonValue(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.readByteArray();
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The request body is not JSON; the gateway answers 400 {@code 4000}. */
    static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedJsonException(String message) {
            super(message);
        }
    }
}
