package io.orderdesk.api.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers the {@code GNCP-GW-Trace-ID} of the last response on the calling thread, so a body that
 * turns out to be unreadable after the call returned can still be reported with its trace ID. Install it
 * as the outermost application interceptor and read {@link #lastTraceId()} on the same thread right
 * after a synchronous call.
 */
public final class TraceCapture implements Interceptor {

    private final ThreadLocal<String> lastTraceId = new ThreadLocal<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        // Cleared first so a failed call never shows the trace ID of the call before it.
        lastTraceId.remove();
        Response response = chain.proceed(chain.request());
        lastTraceId.set(response.header(GatewayHeaders.TRACE_ID));
        return response;
    }

    /** The trace ID of this thread's last response, or null if it had none or the call failed. */
    public String lastTraceId() {
        return lastTraceId.get();
    }
}
