package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.StorageType;
import io.orderdesk.domain.TaxType;
import java.util.ArrayList;
import java.util.List;

/** The demo shop "오더데스크 라이프": a small online shop of clothing, food and living goods, and its own addresses. */
final class Catalog {

    static final Address TAKING_ADDRESS = new Address("오더데스크 라이프 물류센터", "경기도 김포시 고촌읍 아라육로 152",
            "B동 2층", "10136", "031-985-1200", null, false);
    static final Address RETURN_ADDRESS = new Address("오더데스크 라이프 반품센터", "경기도 김포시 고촌읍 아라육로 152",
            "B동 1층 반품 접수처", "10136", "031-985-1201", null, false);

    static final List<Product> PRODUCTS = List.of(
            clothing("8812450011", "린넨 오버핏 셔츠", "OD-SH-001", 39_000, 4_000,
                    List.of("화이트", "네이비", "베이지"), List.of("S", "M", "L", "XL")),
            clothing("8812450012", "기모 조거 팬츠", "OD-PT-014", 29_900, 0,
                    List.of("블랙", "차콜", "오트밀"), List.of("M", "L", "XL")),
            clothing("8812450013", "데일리 코튼 양말 5켤레 세트", "OD-SK-003", 12_900, 0,
                    List.of("블랙", "그레이", "믹스"), List.of()),
            clothing("8812450014", "경량 패딩 조끼", "OD-VT-007", 45_000, 5_000,
                    List.of("블랙", "카키"), List.of("M", "L", "XL", "2XL")),
            food("8812450021", "제주 햇 감귤 (로열과)", "OD-FD-101", 24_900, List.of("3kg", "5kg"), 9_000,
                    TaxType.TAX_EXEMPTION, StorageType.DRY),
            food("8812450022", "1++ 한우 국거리 500g", "OD-FD-102", 32_000, List.of(), 0,
                    TaxType.TAX_EXEMPTION, StorageType.FROZEN),
            food("8812450023", "수제 카카오 그래놀라 500g", "OD-FD-103", 13_500, List.of("오리지널", "카카오"), 0,
                    TaxType.TAXATION, StorageType.DRY),
            food("8812450024", "유기농 현미 4kg", "OD-FD-104", 21_000, List.of(), 0,
                    TaxType.TAX_EXEMPTION, StorageType.DRY),
            food("8812450025", "그릭 요거트 450g 2개입", "OD-FD-105", 15_800, List.of("플레인", "저당"), 0,
                    TaxType.TAXATION, StorageType.WET),
            living("8812450031", "호텔식 차렵이불", "OD-LV-201", 59_000, 6_000,
                    List.of("SS", "Q", "K"), new long[] {0, 10_000, 20_000}),
            living("8812450032", "40수 극세사 수건 5매", "OD-LV-202", 19_800, 0,
                    List.of("화이트", "그레이", "네이비"), new long[] {0, 0, 0}),
            living("8812450033", "스테인리스 진공 텀블러 500ml", "OD-LV-203", 17_900, 2_000,
                    List.of("실버", "블랙", "민트"), new long[] {0, 0, 0}),
            living("8812450034", "리드 디퓨저 200ml", "OD-LV-204", 22_000, 0,
                    List.of("라벤더", "화이트머스크", "블랙체리"), new long[] {0, 0, 0}),
            new Product("8812450041", "원데이 플라워 클래스 수강권", "OD-CL-301", 45_000, 0,
                    options("8812450041", "수업일", List.of("토요일 오전", "토요일 오후", "일요일 오후"), new long[3]),
                    TaxType.TAXATION, null, DeliveryMethod.NOTHING));

    private Catalog() {
    }

    private static Product clothing(String id, String name, String code, long price, long discount,
                                    List<String> colors, List<String> sizes) {
        List<Product.Option> options = new ArrayList<>();
        int n = 0;
        for (String color : colors) {
            if (sizes.isEmpty()) {
                options.add(new Product.Option(id + String.format("%02d", ++n), "색상: " + color, 0,
                        code + "-" + n));
            }
            for (String size : sizes) {
                options.add(new Product.Option(id + String.format("%02d", ++n), "색상: " + color + " / 사이즈: " + size,
                        size.contains("XL") ? 2_000 : 0, code + "-" + n));
            }
        }
        return new Product(id, name, code, price, discount, List.copyOf(options), TaxType.TAXATION, null,
                DeliveryMethod.DELIVERY);
    }

    private static Product food(String id, String name, String code, long price, List<String> weights,
                                long bigger, TaxType tax, StorageType storage) {
        List<Product.Option> options = weights.isEmpty()
                ? List.of(new Product.Option(id + "00", null, 0, null))
                : options(id, name.contains("감귤") ? "중량" : "맛", weights, new long[] {0, bigger});
        return new Product(id, name, code, price, 0, options, tax, storage, DeliveryMethod.DELIVERY);
    }

    private static Product living(String id, String name, String code, long price, long discount,
                                  List<String> variants, long[] surcharges) {
        String label = name.contains("이불") ? "사이즈" : name.contains("디퓨저") ? "향" : "색상";
        return new Product(id, name, code, price, discount, options(id, label, variants, surcharges),
                TaxType.TAXATION, null, DeliveryMethod.DELIVERY);
    }

    private static List<Product.Option> options(String id, String label, List<String> values, long[] surcharges) {
        List<Product.Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            options.add(new Product.Option(id + String.format("%02d", i + 1), label + ": " + values.get(i),
                    i < surcharges.length ? surcharges[i] : 0, null));
        }
        return List.copyOf(options);
    }
}
