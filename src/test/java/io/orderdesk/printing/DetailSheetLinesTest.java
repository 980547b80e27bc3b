package io.orderdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderDetail;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailSheetLinesTest {

    private static final Instant ORDERED = Instant.parse("2026-11-29T01:30:00Z");

    @Test
    void takesBuyerRecipientAddressMemoAndTheLineFromTheDetail() {
        SheetLine line = DetailSheetLines.from(detail("2026112900000001", "2026112910000001")).orElseThrow();

        assertThat(line).isEqualTo(new SheetLine("2026112910000001", "2026112900000001", ORDERED, "김하나",
                "010-1234-5678", "이두리", "010-9876-5432", "04524", "서울특별시 중구 세종대로 110 3층",
                "문 앞에 놓아 주세요", "핸드드립 원두 500g", "홀빈", 2));
    }

    @Test
    void theSourceLeavesOutWhatCannotBeShownAndKeepsTheOrderOfTheIds() {
        Map<String, OrderDetail> stored = Map.of(
                "p-2", detail("p-2", "o-1"),
                "p-1", detail("p-1", "o-1"),
                "gone", OrderDetail.cannotShow("gone", OrderDetail.Problem.NOT_FOUND, List.of()));

        List<SheetLine> lines = DetailSheetLines.source(stored::get).lines(List.of("p-2", "gone", "p-1"));

        assertThat(lines).extracting(SheetLine::productOrderId).containsExactly("p-2", "p-1");
    }

    private static OrderDetail detail(String productOrderId, String orderId) {
        var payment = new OrderDetail.Payment(orderId, ORDERED, ORDERED, "신용카드", null, 20_000L, null, null, null,
                null, null);
        var orderer = new OrderDetail.Party("김하나", "hana", "010-1234-5678");
        var recipient = new OrderDetail.Recipient("이두리", "010-9876-5432", null, "04524", "서울특별시 중구 세종대로 110",
                "3층", false, "문 앞에 놓아 주세요", null, null);
        var line = new OrderDetail.Line(null, null, null, "핸드드립 원두 500g", "홀빈", "P-1", null, 2, 10_000L, 0L,
                20_000L, 0L, 0L, 20_000L, null, null, null, null, null, null);
        return new OrderDetail(productOrderId, null, payment, orderer, recipient, line, null, null, List.of(),
                List.of());
    }
}
