package io.orderdesk.api.dto;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.orderdesk.api.json.NpayJson;
import io.orderdesk.api.json.PartialList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Loads the JSON fixtures under {@code src/test/resources/npay} and parses them with the production Moshi. */
public final class Fixtures {

    public static final Moshi MOSHI = NpayJson.moshi();

    private Fixtures() {
    }

    public static String json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/npay/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Type envelopeOf(Type data) {
        return Types.newParameterizedType(Envelope.class, data);
    }

    public static Type partialListOf(Type element) {
        return Types.newParameterizedType(PartialList.class, element);
    }

    public static <T> T parse(String fixture, Type type) {
        return fromJson(json(fixture), type);
    }

    public static <T> T fromJson(String json, Type type) {
        try {
            JsonAdapter<T> adapter = MOSHI.adapter(type);
            return adapter.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON into plain maps, lists, strings, doubles and booleans. */
    public static Object generic(String json) {
        try {
            return MOSHI.adapter(Object.class).fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
