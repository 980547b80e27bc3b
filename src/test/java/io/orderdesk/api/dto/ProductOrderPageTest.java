package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ProductOrderStatus;
import org.junit.jupiter.api.Test;

/** The conditional query's page shape (reference §4.4, §9.6). */
class ProductOrderPageTest {

    @Test
    void contentsAreReadOneByOneWithPagination() {
        String json = "{\"timestamp\":\"2024-06-08T19:00:01.120+09:00\",\"traceId\":\"t-2\",\"data\":{\"contents\":["
                + "{\"productOrderId\":\"2024060712345671\",\"content\":{\"productOrder\":{"
                + "\"productOrderId\":\"2024060712345671\",\"productOrderStatus\":\"PAYED\",\"quantity\":1}}},"
                + "{\"productOrderId\":\"2024060712345688\",\"content\":{\"order\":{"
                + "\"paymentDate\":\"not a date\"}}}],"
                + "\"pagination\":{\"page\":1,\"size\":300,\"hasNext\":true}}}";

        Envelope<ProductOrderPage> envelope = Fixtures.fromJson(json, Fixtures.envelopeOf(ProductOrderPage.class));

        ProductOrderPage page = envelope.data();
        assertThat(page.pagination().hasNext()).isTrue();
        assertThat(page.pagination().size()).isEqualTo(300);
        assertThat(page.contents().items()).hasSize(1);
        ProductOrderContent first = page.contents().items().get(0);
        assertThat(first.productOrderId()).isEqualTo("2024060712345671");
        assertThat(first.content().productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(first.content().returnClaim()).isNull();
        assertThat(page.contents().rejected()).hasSize(1);
        assertThat(page.contents().rejected().get(0).index()).isEqualTo(1);
        assertThat(page.contents().rejected().get(0).productOrderId()).isEqualTo("2024060712345688");
    }
}
