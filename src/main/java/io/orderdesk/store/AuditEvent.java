package io.orderdesk.store;

/** What an {@link AuditEntry} records, with the Korean name the audit export shows. */
public enum AuditEvent {

    /** Staff submitted an action. */
    SUBMITTED("작업 접수"),
    /** Lines were handed to the API in one call. */
    SENT("전송"),
    /** The API's verdict on a line, or that none came back. */
    ANSWERED("처리 결과"),
    /** The call could not leave this PC (offline, rate limit, maintenance); the lines wait to be sent again. */
    NOT_SENT("전송 대기"),
    /** Just before sending, the line's order no longer allowed the action; it was not sent. */
    SKIPPED("전송 전 제외"),
    /** The app stopped while the line was being sent; its outcome must be settled by re-reading. */
    INTERRUPTED("전송 중단"),
    /** Re-reading the order showed the write took effect. */
    SETTLED("재조회 확인"),
    /** Staff asked to send failed or unsettled lines again. */
    RESEND("재전송 요청");

    private final String label;

    AuditEvent(String label) {
        this.label = label;
    }

    /** The Korean name shown in the audit export. */
    public String label() {
        return label;
    }
}
