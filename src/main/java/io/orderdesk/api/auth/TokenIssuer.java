package io.orderdesk.api.auth;

/**
 * Asks the token endpoint ({@code POST /v1/oauth2/token}) for an access token. Implementations sign the
 * request with {@link ClientSecretSigner} and may throw the runtime
 * {@link io.orderdesk.api.error.NpayApiException} subclasses, e.g.
 * {@link io.orderdesk.api.error.AuthenticationException} for a wrong secret.
 */
@FunctionalInterface
public interface TokenIssuer {

    /** The endpoint name of the token call, as used in logs, rate-limit buckets and errors. */
    String ENDPOINT = "issueToken";

    /** Requests a token; blocks until the server answered. */
    IssuedToken issue();
}
