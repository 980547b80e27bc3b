package io.orderdesk.sandbox.shop;

import java.util.List;
import java.util.Random;

/** Plausible Korean buyers and recipients: common surnames and given names, 010 mobile numbers, masked Naver ids. */
final class People {

    private static final List<String> SURNAMES = List.of("김", "김", "김", "이", "이", "박", "박", "최", "정", "강",
            "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양");
    private static final List<String> GIVEN = List.of("민준", "서연", "지훈", "하은", "도윤", "지우", "서준", "수아",
            "예준", "지민", "현우", "유진", "건우", "채원", "우진", "다은", "민서", "지호", "윤서", "준서", "은지", "성민",
            "혜진", "영수", "미경", "정희", "상철", "경숙", "동현", "수빈", "태현", "소율", "재원", "나연", "승우", "예린",
            "진호", "보람", "명숙", "광수", "솔", "윤", "한결", "가은");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String LETTERS_AND_DIGITS = LETTERS + "0123456789";

    private People() {
    }

    static String name(Random random) {
        return pick(random, SURNAMES) + pick(random, GIVEN);
    }

    static String mobile(Random random) {
        return String.format("010-%04d-%04d", 2000 + random.nextInt(8000), random.nextInt(10_000));
    }

    static Person buyer(Random random) {
        StringBuilder id = new StringBuilder();
        id.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        for (int i = 0; i < 3; i++) {
            id.append(LETTERS_AND_DIGITS.charAt(random.nextInt(LETTERS_AND_DIGITS.length())));
        }
        String memberNo = String.valueOf(100_000_000L + random.nextInt(900_000_000));
        return new Person(name(random), mobile(random), id + "****", memberNo);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
