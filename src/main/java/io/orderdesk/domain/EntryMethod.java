package io.orderdesk.domain;

/**
 * 출입 방법 ({@code entryMethod}): how the courier gets into the recipient's building.
 */
public enum EntryMethod implements CodedEnum {

    LOBBY_PW("LOBBY_PW", "공동현관 비밀번호 입력"),
    MANAGEMENT_OFFICE("MANAGEMENT_OFFICE", "경비실 호출"),
    FREE("FREE", "자유 출입 가능"),
    OTHER("OTHER", "기타 출입 방법"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    EntryMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
