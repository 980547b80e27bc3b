package io.orderdesk.printing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Two orders as the printing tests use them: one with two lines, one with a long address and an emoji memo. */
final class SheetFixtures {

    static final Instant ORDERED = Instant.parse("2026-11-29T01:30:00Z");

    private SheetFixtures() {
    }

    static SheetLabels korean() {
        ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
        return SheetLabels.from(bundle::getString);
    }

    static List<SheetLine> lines() {
        return List.of(
                line("2026112910000001", "2026112900000001", "김하나", "이두리", "04524",
                        "서울특별시 중구 세종대로 110 서울시청 3층", "문 앞에 놓아 주세요", "핸드드립 원두 500g",
                        "과테말라 안티구아 / 홀빈", 2),
                line("2026112910000002", "2026112900000003", "박서준", "최민아", "48058",
                        "부산광역시 해운대구 센텀중앙로 97 센텀스카이비즈 A동 1203호 (우동, 아주 긴 건물 이름이 붙은 곳)",
                        "경비실에 맡겨 주세요 🙏", "스테인리스 머그컵 350ml", "블랙", 1),
                line("2026112910000001", "2026112900000002", "김하나", "이두리", "04524",
                        "서울특별시 중구 세종대로 110 서울시청 3층", "문 앞에 놓아 주세요", "드립 필터 100매",
                        null, 3));
    }

    static SheetLine line(String orderId, String productOrderId, String orderer, String recipient, String zip,
                          String address, String memo, String product, String option, int quantity) {
        return new SheetLine(orderId, productOrderId, ORDERED, orderer, "010-1234-5678", recipient,
                "010-9876-5432", zip, address, memo, product, option, quantity);
    }
}
