package io.orderdesk.sandbox.shop;

import java.util.List;
import java.util.Random;

/** Road-name addresses across Korean cities, with zip codes in each area's range. */
final class Addresses {

    private record Street(String road, int zipFrom, int zipTo, boolean remote) {
    }

    private static final List<Street> STREETS = List.of(
            new Street("서울특별시 강남구 테헤란로", 6_100, 6_250, false),
            new Street("서울특별시 마포구 월드컵북로", 3_900, 3_990, false),
            new Street("서울특별시 송파구 올림픽로", 5_500, 5_600, false),
            new Street("서울특별시 노원구 동일로", 1_600, 1_800, false),
            new Street("서울특별시 관악구 관악로", 8_700, 8_800, false),
            new Street("부산광역시 해운대구 센텀중앙로", 48_050, 48_120, false),
            new Street("부산광역시 부산진구 중앙대로", 47_200, 47_300, false),
            new Street("대구광역시 수성구 달구벌대로", 42_100, 42_250, false),
            new Street("인천광역시 연수구 송도과학로", 21_980, 22_020, false),
            new Street("광주광역시 서구 상무중앙로", 61_940, 61_990, false),
            new Street("대전광역시 유성구 대학로", 34_130, 34_190, false),
            new Street("울산광역시 남구 삼산로", 44_690, 44_760, false),
            new Street("세종특별자치시 한누리대로", 30_100, 30_150, false),
            new Street("경기도 성남시 분당구 판교역로", 13_480, 13_560, false),
            new Street("경기도 수원시 영통구 광교중앙로", 16_500, 16_540, false),
            new Street("경기도 고양시 일산동구 중앙로", 10_350, 10_450, false),
            new Street("강원특별자치도 춘천시 중앙로", 24_200, 24_300, false),
            new Street("충청북도 청주시 상당구 상당로", 28_500, 28_600, false),
            new Street("전북특별자치도 전주시 완산구 팔달로", 54_950, 55_050, false),
            new Street("경상남도 창원시 성산구 중앙대로", 51_490, 51_560, false),
            new Street("제주특별자치도 제주시 연북로", 63_100, 63_300, true),
            new Street("경상북도 울릉군 울릉읍 도동길", 40_200, 40_240, true));

    private static final List<String> APARTMENTS = List.of("래미안", "푸르지오", "자이", "힐스테이트", "e편한세상",
            "더샵", "아이파크", "롯데캐슬");

    private Addresses() {
    }

    static Address random(Random random, String recipient, String tel) {
        Street street = STREETS.get(random.nextInt(STREETS.size()));
        String base = street.road() + " " + (1 + random.nextInt(420));
        String detail = switch (random.nextInt(3)) {
            case 0 -> (101 + random.nextInt(12)) + "동 " + (1 + random.nextInt(25)) + "0" + (1 + random.nextInt(4))
                    + "호";
            case 1 -> People.pick(random, APARTMENTS) + " " + (101 + random.nextInt(9)) + "동 "
                    + (1 + random.nextInt(20)) + "0" + (1 + random.nextInt(6)) + "호";
            default -> (2 + random.nextInt(8)) + "층";
        };
        int zip = street.zipFrom() + random.nextInt(street.zipTo() - street.zipFrom() + 1);
        return new Address(recipient, base, detail, String.format("%05d", zip), tel, null, street.remote());
    }
}
