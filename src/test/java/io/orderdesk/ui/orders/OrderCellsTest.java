package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ShippingContact;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class OrderCellsTest {

    private final OrderCells korean = new OrderCells(new Formats(
            ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN)));

    @Test
    void theTableMasksPhoneAndAddressButKeepsNames() {
        OrderLine line = new OrderLine(TestLine.of("2024030498765431").buyer("김민지").build(),
                new ShippingContact("010-2345-6789", "서울특별시 마포구 월드컵북로 396"), false);

        assertThat(korean.text(OrderColumn.PHONE, line)).isEqualTo("010-****-6789");
        assertThat(korean.text(OrderColumn.ADDRESS, line)).isEqualTo("서울특별시 마포구");
        assertThat(korean.text(OrderColumn.BUYER, line)).isEqualTo("김민지");
        assertThat(korean.text(OrderColumn.PRODUCT_ORDER_ID, line)).isEqualTo("2024030498765431");
    }

    @Test
    void withoutTheDetailOnlyThePhoneTailIsShown() {
        OrderLine line = new OrderLine(TestLine.of("1").build(), ShippingContact.NONE, false);

        assertThat(korean.text(OrderColumn.PHONE, line)).isEqualTo("***-****-5678");
        assertThat(korean.text(OrderColumn.ADDRESS, line)).isEmpty();
    }

    @Test
    void statusAmountsDatesAndClaimsReadAsStaffKnowThem() {
        OrderLine fresh = new OrderLine(TestLine.of("1").amount(1_234_500).build(), ShippingContact.NONE, false);
        OrderLine returning = new OrderLine(TestLine.of("2").status("DELIVERED", "OK")
                .claim("RETURN", "COLLECT_DONE", TestLine.PAID).held().shipped("HYUNDAI", "601234567890").build(),
                ShippingContact.NONE, false);

        assertThat(korean.text(OrderColumn.STATUS, fresh)).isEqualTo("신규 (결제완료)");
        assertThat(korean.text(OrderColumn.AMOUNT, fresh)).isEqualTo("1,234,500원");
        assertThat(korean.text(OrderColumn.PAYMENT_DATE, fresh)).isEqualTo("2026-11-20 10:00");
        assertThat(korean.text(OrderColumn.STATUS, returning)).isEqualTo("배송완료");
        assertThat(korean.text(OrderColumn.CLAIM, returning)).isEqualTo("반품 · 수거 완료 · 보류");
        assertThat(korean.text(OrderColumn.CARRIER, returning)).isEqualTo("롯데택배");
        assertThat(korean.text(OrderColumn.STATUS, new OrderLine(TestLine.of("3").status("PAYED", "OK").delayed()
                .build(), ShippingContact.NONE, false))).isEqualTo("발송지연");
        assertThat(korean.text(OrderColumn.STATUS, new OrderLine(TestLine.of("4").claim("CANCEL", "CANCEL_REQUEST",
                TestLine.PAID).build(), ShippingContact.NONE, false))).isEqualTo("결제완료");
    }

    @Test
    void englishUsesItsOwnWordsAndWon() {
        OrderCells english = new OrderCells(new Formats(
                ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH)));
        OrderLine line = new OrderLine(TestLine.of("1").status("DELIVERING", "OK").amount(39_000).build(),
                ShippingContact.NONE, false);

        assertThat(english.text(OrderColumn.STATUS, line)).isEqualTo("In delivery");
        assertThat(english.text(OrderColumn.AMOUNT, line)).isEqualTo("₩39,000");
    }
}
