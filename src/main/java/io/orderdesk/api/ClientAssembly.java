package io.orderdesk.api;

import io.orderdesk.api.auth.TokenManager;
import io.orderdesk.api.error.ErrorMapper;
import io.orderdesk.api.http.HttpStack;
import io.orderdesk.api.http.RateLimiter;
import io.orderdesk.api.http.TraceCapture;
import io.orderdesk.api.json.NpayJson;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** Wires one {@link NpayOrderClient}: the OkHttp stack, Retrofit with our Moshi, and the token manager. */
final class ClientAssembly {

    private ClientAssembly() {
    }

    static NpayOrderClient assemble(NpayClientConfig config) {
        TraceCapture trace = new TraceCapture();
        CallExecutor executor = new CallExecutor(new ErrorMapper(), trace);
        double rate = config.initialPermitsPerSecond();
        RateLimiter limiter = new RateLimiter(rate, Math.max(2, (int) Math.ceil(rate)), System::nanoTime,
                config.sleeper());

        // The token manager needs the API to issue tokens and the API's HTTP stack needs the token manager:
        // the issuer reaches the API through a reference set once the stack exists.
        AtomicReference<NpayOrderApi> apiRef = new AtomicReference<>();
        TokenManager tokens = new TokenManager(new NpayTokenIssuer(config, apiRef::get, executor), config.clock());

        OkHttpClient http = HttpStack.configure(new OkHttpClient.Builder(), tokens, limiter, config.retryPolicy(),
                        config.sleeper(), trace)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .build();
        NpayOrderApi api = new Retrofit.Builder()
                .baseUrl(config.environment().baseUrl())
                .client(http)
                .addConverterFactory(new BufferedJsonConverterFactory(MoshiConverterFactory.create(NpayJson.moshi())))
                .build()
                .create(NpayOrderApi.class);
        apiRef.set(api);
        return new NpayOrderClient(api, executor, tokens, http);
    }
}
