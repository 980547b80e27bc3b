package io.orderdesk.api.http;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import retrofit2.Invocation;

/** Raw OkHttp requests tagged the way Retrofit tags them, for a read and a write endpoint. */
final class TestCalls {

    /** Stands in for the API interface: one read that is a POST, and one write. */
    interface Api {
        @ReadOnly
        void queryThings();

        void confirmThings();
    }

    private static final MediaType JSON = MediaType.get("application/json");

    private TestCalls() {
    }

    static Request read(HttpUrl url) {
        return tagged(url, "queryThings");
    }

    static Request write(HttpUrl url) {
        return tagged(url, "confirmThings");
    }

    static Request tagged(HttpUrl url, String methodName) {
        return new Request.Builder()
                .url(url)
                .post(RequestBody.create("{\"productOrderIds\":[\"1\"]}", JSON))
                .tag(Invocation.class, invocation(Api.class, methodName))
                .build();
    }

    /** The tag Retrofit would attach for a call of {@code service}'s no-argument method {@code methodName}. */
    static <T> Invocation invocation(Class<T> service, String methodName) {
        try {
            Method method = service.getDeclaredMethod(methodName);
            T instance = service.cast(Proxy.newProxyInstance(
                    service.getClassLoader(), new Class<?>[] {service}, (proxy, m, args) -> null));
            return Invocation.of(service, instance, method, List.of());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Executes and returns the status code, closing the response. */
    static int status(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }
}
