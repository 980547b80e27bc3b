package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.auth.TokenIssuer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;

class EndpointInfoTest {

    private static final HttpUrl URL = HttpUrl.get("https://api.example/npay/partner/v1/pay-order/mall/x%20y");

    interface Api {
        void confirm();

        void lookup();
    }

    @Test
    void aReadOnlyPostIsNamedByItsMethodAndIsNoWrite() {
        assertThat(EndpointInfo.of(TestCalls.read(URL))).isEqualTo(new EndpointInfo("queryThings", false));
    }

    @Test
    void anUnmarkedPostIsAWrite() {
        assertThat(EndpointInfo.of(TestCalls.write(URL))).isEqualTo(new EndpointInfo("confirmThings", true));
    }

    @Test
    void aGetIsNeverAWriteEvenWithoutTheAnnotation() {
        Request get = new Request.Builder().url(URL)
                .tag(Invocation.class, TestCalls.invocation(Api.class, "lookup"))
                .build();

        assertThat(EndpointInfo.of(get)).isEqualTo(new EndpointInfo("lookup", false));
    }

    @Test
    void anUntaggedRequestIsNamedByMethodAndEncodedPath() {
        Request put = new Request.Builder().url(URL).put(RequestBody.create(new byte[0])).build();
        Request get = new Request.Builder().url(URL).build();

        assertThat(EndpointInfo.of(put))
                .isEqualTo(new EndpointInfo("PUT /npay/partner/v1/pay-order/mall/x%20y", true));
        assertThat(EndpointInfo.of(get).write()).isFalse();
    }

    @Test
    void theTokenRequestIsNamedIssueTokenAndIsNoWrite() {
        Request token = new Request.Builder()
                .url("https://api.example/npay/partner/v1/oauth2/token")
                .post(RequestBody.create(new byte[0]))
                .tag(Invocation.class, TestCalls.invocation(Api.class, "confirm"))
                .build();

        assertThat(EndpointInfo.of(token)).isEqualTo(new EndpointInfo(TokenIssuer.ENDPOINT, false));
        assertThat(EndpointInfo.isTokenRequest(token)).isTrue();
        assertThat(EndpointInfo.isTokenRequest(TestCalls.write(URL))).isFalse();
    }
}
