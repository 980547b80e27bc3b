package io.orderdesk.domain;

/**
 * Where one product order of a staff action stands in the outbox. A line is sent at most once unless staff resend
 * it by hand; {@link #UNKNOWN} lines are settled by re-reading the order, never by sending again on their own.
 */
public enum ActionLineState {

    /** Written to the outbox, not sent yet (also while offline). */
    PENDING("대기"),
    /** Handed to the API; the answer has not been stored yet. */
    SENDING("전송 중"),
    /** The API accepted it, or a re-read showed it took effect. */
    DONE("완료"),
    /** The API refused it (code, message and trace ID kept). */
    FAILED("실패"),
    /** Sent, but no answer arrived and a re-read could not yet show it took effect. */
    UNKNOWN("결과 확인 필요"),
    /** Not sent: just before sending, the order's state no longer allowed the action, or it got a claim or a new address. */
    SKIPPED("제외됨");

    private final String label;

    ActionLineState(String label) {
        this.label = label;
    }

    /** The Korean name shown in dialogs and the action log. */
    public String label() {
        return label;
    }

    /** True once nothing more will happen to the line without a person deciding. */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == SKIPPED;
    }
}
