package io.orderdesk.api;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a response body completely before parsing it, so that a network failure while reading (the request may
 * have been applied) and a body that arrived whole but is not the JSON we expect (a malformed response) raise
 * different exceptions. Without this both surface from Moshi as the same {@code EOFException}.
 */
final class BufferedJsonConverterFactory extends Converter.Factory {

    /** The body arrived completely but could not be parsed. */
    static final class UnreadableBodyException extends IOException {
        UnreadableBodyException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final Converter.Factory json;

    BufferedJsonConverterFactory(Converter.Factory json) {
        this.json = json;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> parser = json.responseBodyConverter(type, annotations, retrofit);
        if (parser == null) {
            return null;
        }
        return body -> {
            ResponseBody whole = ResponseBody.create(body.bytes(), body.contentType());
            try {
                return parser.convert(whole);
            } catch (IOException | JsonDataException e) {
                throw new UnreadableBodyException(e);
            }
        };
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        return json.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    }
}
