package io.orderdesk.api.http;

import io.orderdesk.api.auth.TokenIssuer;
import java.lang.reflect.Method;
import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * What the interceptors need to know about a call: a stable name (for rate-limit buckets, logs and
 * errors) and whether it is a write.
 *
 * @param name  the API interface method name (Retrofit tags each request with its {@link Invocation});
 *              for an untagged request the HTTP method and encoded path, e.g. {@code GET /v1/x}
 * @param write true when the call may change state on the server: any method other than GET, HEAD and
 *              OPTIONS, unless the interface method is {@link ReadOnly}. The token request is never a
 *              write: asking again only returns the same token or a new one, the old staying valid.
 */
public record EndpointInfo(String name, boolean write) {

    private static final String TOKEN_PATH = "/v1/oauth2/token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Describes {@code request}. */
    public static EndpointInfo of(Request request) {
        if (isTokenRequest(request)) {
            return new EndpointInfo(TokenIssuer.ENDPOINT, false);
        }
        Invocation invocation = request.tag(Invocation.class);
        Method method = invocation == null ? null : invocation.method();
        String name = method == null ? request.method() + " " + request.url().encodedPath() : method.getName();
        boolean readOnly = method != null && method.isAnnotationPresent(ReadOnly.class);
        return new EndpointInfo(name, !readOnly && !SAFE_METHODS.contains(request.method()));
    }

    /** True for the token endpoint, which must go out without a bearer token. */
    public static boolean isTokenRequest(Request request) {
        return request.url().encodedPath().endsWith(TOKEN_PATH);
    }
}
