package io.orderdesk.api;

import io.orderdesk.api.auth.ClientSecretSigner;
import io.orderdesk.api.auth.IssuedToken;
import io.orderdesk.api.auth.TokenIssuer;
import io.orderdesk.api.dto.TokenResponse;
import io.orderdesk.api.error.MalformedResponseException;
import java.util.function.Supplier;

/**
 * Issues access tokens through {@code POST v1/oauth2/token} (reference §2): a fresh millisecond timestamp, its
 * bcrypt signature, {@code type=SELF}, and the merchant id when one is configured.
 */
final class NpayTokenIssuer implements TokenIssuer {

    private final NpayClientConfig config;
    private final Supplier<NpayOrderApi> api;
    private final CallExecutor executor;

    NpayTokenIssuer(NpayClientConfig config, Supplier<NpayOrderApi> api, CallExecutor executor) {
        this.config = config;
        this.api = api;
        this.executor = executor;
    }

    @Override
    public IssuedToken issue() {
        long timestamp = config.clock().millis();
        String signature = ClientSecretSigner.sign(config.clientId(), config.clientSecret(), timestamp);
        TokenResponse response = executor.executeBare(api.get().issueToken(config.clientId(), timestamp,
                "client_credentials", signature, "SELF", config.merchantId()));
        if (response.accessToken() == null || response.accessToken().isBlank() || response.expiresIn() == null) {
            throw new MalformedResponseException(ENDPOINT, 200, null, "token response without access_token/expires_in",
                    null);
        }
        return new IssuedToken(response.accessToken(), response.expiresIn(), config.clock().instant());
    }
}
