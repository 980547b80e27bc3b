package io.orderdesk.ui.printing;

import io.orderdesk.printing.OrderSheetSource;
import io.orderdesk.printing.SheetLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A fake sheet source over three orders (four product orders). */
final class PrintSheets {

    private static final Instant ORDERED = Instant.parse("2026-11-29T01:30:00Z");
    static final Map<String, SheetLine> LINES = Map.of(
            "2026112900000001", line("2026112910000001", "2026112900000001", "이두리", "핸드드립 원두 500g", 2),
            "2026112900000002", line("2026112910000001", "2026112900000002", "이두리", "드립 필터 100매", 3),
            "2026112900000003", line("2026112910000002", "2026112900000003", "최민아", "스테인리스 머그컵", 1),
            "2026112900000004", line("2026112910000003", "2026112900000004", "정우성", "무선 이어폰 (화이트)", 1));

    private PrintSheets() {
    }

    static OrderSheetSource source() {
        return ids -> ids.stream().map(LINES::get).filter(Objects::nonNull).toList();
    }

    static List<String> allIds() {
        return List.of("2026112900000001", "2026112900000003", "2026112900000002", "2026112900000004");
    }

    private static SheetLine line(String orderId, String productOrderId, String recipient, String product,
                                  int quantity) {
        return new SheetLine(orderId, productOrderId, ORDERED, "김하나", "010-1234-5678", recipient,
                "010-9876-5432", "04524", "서울특별시 중구 세종대로 110", "문 앞에 놓아 주세요", product, "기본", quantity);
    }
}
