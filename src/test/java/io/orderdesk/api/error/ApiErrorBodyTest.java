package io.orderdesk.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiErrorBodyTest {

    @Test
    void readsTheSharedErrorShape() {
        assertThat(ApiErrorBody.parse("{\"code\":\"GW.AUTHN\",\"message\":\"m\",\"traceId\":\"t\",\"extra\":[1]}"))
                .contains(new ApiErrorBody("GW.AUTHN", "m", "t", List.of()));
    }

    @Test
    void numbersBecomePlainTextAndPlaceholdersAreDropped() {
        assertThat(ApiErrorBody.parse("{\"code\":104131,\"traceId\":\"string\"}"))
                .contains(new ApiErrorBody("104131", null, null, List.of()));
    }

    @Test
    void anythingThatIsNotAJsonObjectIsEmpty() {
        assertThat(ApiErrorBody.parse(null)).isEmpty();
        assertThat(ApiErrorBody.parse("  ")).isEmpty();
        assertThat(ApiErrorBody.parse("<html></html>")).isEmpty();
        assertThat(ApiErrorBody.parse("\"text\"")).isEmpty();
        assertThat(ApiErrorBody.parse("{\"code\":")).isEmpty();
    }
}
