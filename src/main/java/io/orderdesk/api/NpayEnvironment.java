package io.orderdesk.api;

import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where the client sends its calls: Naver's production or sandbox host, or any other base URL (our own
 * sandbox, tests). The base URL is the part before {@code /v1/...}, e.g. {@code https://api.pay.naver.com/npay/partner}.
 *
 * @param name    short name for logs and settings ({@code production}, {@code npay-sandbox}, {@code custom})
 * @param baseUrl the base URL, always ending in {@code /} as Retrofit requires
 */
public record NpayEnvironment(String name, HttpUrl baseUrl) {

    public static final String PRODUCTION_URL = "https://api.pay.naver.com/npay/partner";
    public static final String NPAY_SANDBOX_URL = "https://sandbox-api.pay.naver.com/npay/partner";

    public NpayEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.encodedPath().endsWith("/")) {
            baseUrl = baseUrl.newBuilder().addPathSegment("").build();
        }
    }

    public static NpayEnvironment production() {
        return new NpayEnvironment("production", HttpUrl.get(PRODUCTION_URL));
    }

    public static NpayEnvironment npaySandbox() {
        return new NpayEnvironment("npay-sandbox", HttpUrl.get(NPAY_SANDBOX_URL));
    }

    /**
     * Any base URL, e.g. {@code http://127.0.0.1:18080/npay/partner}.
     *
     * @throws IllegalArgumentException if {@code url} is not an http(s) URL
     */
    public static NpayEnvironment custom(String url) {
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + url);
        }
        return new NpayEnvironment("custom", parsed);
    }
}
