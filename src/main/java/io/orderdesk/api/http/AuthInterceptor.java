package io.orderdesk.api.http;

import io.orderdesk.api.auth.TokenManager;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts {@code Authorization: Bearer <token>} on every call except the token request itself, and follows
 * Naver's guidance for a rejected token (§2.3): on {@code 401} with code {@code GW.AUTHN}, get a fresh
 * token and send the request once more. A second 401 is returned as it is. Repeating a write here is
 * safe: the gateway rejected it before the API server saw it.
 */
public final class AuthInterceptor implements Interceptor {

    private final TokenManager tokens;

    public AuthInterceptor(TokenManager tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (EndpointInfo.isTokenRequest(request)) {
            return chain.proceed(request);
        }
        String token = tokens.currentToken();
        Response response = chain.proceed(withBearer(request, token));
        if (response.code() != 401 || !"GW.AUTHN".equals(GatewayHeaders.peekErrorCode(response))) {
            return response;
        }
        response.close();
        return chain.proceed(withBearer(request, tokens.renewAfterRejection(token)));
    }

    private static Request withBearer(Request request, String token) {
        return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }
}
