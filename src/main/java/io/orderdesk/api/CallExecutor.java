package io.orderdesk.api;

import com.squareup.moshi.JsonDataException;
import io.orderdesk.api.dto.Envelope;
import io.orderdesk.api.error.ErrorMapper;
import io.orderdesk.api.error.MalformedResponseException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.http.EndpointInfo;
import io.orderdesk.api.http.TraceCapture;
import io.orderdesk.api.json.RejectedItem;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/** Runs one Retrofit call and turns every outcome into data or one typed {@link NpayApiException}. */
final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final ErrorMapper errors;
    private final TraceCapture trace;

    CallExecutor(ErrorMapper errors, TraceCapture trace) {
        this.errors = errors;
        this.trace = trace;
    }

    <T> NpayResponse<T> execute(Call<Envelope<T>> call, Function<T, List<RejectedItem>> rejectedOf) {
        EndpointInfo info = EndpointInfo.of(call.request());
        Envelope<T> envelope = body(call, info);
        String traceId = envelope.traceId() != null ? envelope.traceId() : trace.lastTraceId();
        if (envelope.data() == null) {
            throw malformed(info, 200, traceId, new JsonDataException("envelope without data"));
        }
        List<RejectedItem> rejected = rejectedOf.apply(envelope.data());
        for (RejectedItem item : rejected) {
            LOG.warn("{}: skipped unreadable item #{} (productOrderId {}) traceId {}: {}",
                    info.name(), item.index(), item.productOrderId(), traceId, item.reason());
        }
        return new NpayResponse<>(envelope.data(), traceId, envelope.timestamp(), rejected);
    }

    /** For calls whose body is not enveloped (the token call). */
    <T> T executeBare(Call<T> call) {
        EndpointInfo info = EndpointInfo.of(call.request());
        return body(call, info);
    }

    private <T> T body(Call<T> call, EndpointInfo info) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (BufferedJsonConverterFactory.UnreadableBodyException e) {
            throw malformed(info, 200, trace.lastTraceId(), (Exception) e.getCause());
        } catch (IOException e) {
            throw errors.fromIOException(info.name(), info.write(), e, trace.lastTraceId());
        }
        if (!response.isSuccessful()) {
            throw errors.fromResponse(info.name(), info.write(), response.code(), response.headers(),
                    errorText(response.errorBody()));
        }
        if (response.body() == null) {
            throw malformed(info, response.code(), trace.lastTraceId(), new JsonDataException("empty body"));
        }
        return response.body();
    }

    /**
     * An unreadable success body of a write means the server did act but we cannot tell how, so the caller must
     * settle it by re-reading, exactly as after a timeout.
     */
    private NpayApiException malformed(EndpointInfo info, int status, String traceId, Exception cause) {
        MalformedResponseException malformed = errors.malformed(info.name(), status, traceId, cause);
        if (info.write()) {
            return new OutcomeUnknownException(info.name(), status, null, traceId,
                    "unreadable response to a write", malformed);
        }
        return malformed;
    }

    private static String errorText(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body) {
            return body.string();
        } catch (IOException e) {
            return "";
        }
    }
}
