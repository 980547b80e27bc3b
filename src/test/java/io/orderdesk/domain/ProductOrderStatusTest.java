package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProductOrderStatusTest {

    @Test
    void terminalStatusesAreTheOnesNothingLeaves() {
        assertThat(Arrays.stream(ProductOrderStatus.values()).filter(ProductOrderStatus::isTerminal))
                .containsExactlyInAnyOrder(
                        ProductOrderStatus.PURCHASE_DECIDED, ProductOrderStatus.CANCELED,
                        ProductOrderStatus.RETURNED, ProductOrderStatus.CANCELED_BY_NOPAYMENT);
    }

    @Test
    void exchangedAndUnknownStayOpen() {
        assertThat(ProductOrderStatus.EXCHANGED.isTerminal()).isFalse();
        assertThat(ProductOrderStatus.UNKNOWN.isTerminal()).isFalse();
    }

    @Test
    void payedKeepsTheApiSpelling() {
        assertThat(Coded.of(ProductOrderStatus.class, "PAYED").value()).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(Coded.of(ProductOrderStatus.class, "PAID").value()).isEqualTo(ProductOrderStatus.UNKNOWN);
    }
}
