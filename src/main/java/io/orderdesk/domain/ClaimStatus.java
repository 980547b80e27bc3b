package io.orderdesk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * 클레임 상태 ({@code claimStatus}): how far the open claim on a product order has got. The API sends no family with a
 * status, so each member knows which {@link ClaimType}s it occurs under.
 */
public enum ClaimStatus implements CodedEnum {

    CANCEL_REQUEST("CANCEL_REQUEST", "취소 요청", ClaimType.CANCEL),
    CANCELING("CANCELING", "취소 처리 중", ClaimType.CANCEL),
    CANCEL_DONE("CANCEL_DONE", "취소 처리 완료", ClaimType.CANCEL),
    CANCEL_REJECT("CANCEL_REJECT", "취소 철회", ClaimType.CANCEL),
    RETURN_REQUEST("RETURN_REQUEST", "반품 요청", ClaimType.RETURN),
    EXCHANGE_REQUEST("EXCHANGE_REQUEST", "교환 요청", ClaimType.EXCHANGE),
    COLLECTING("COLLECTING", "수거 처리 중", ClaimType.RETURN, ClaimType.EXCHANGE),
    COLLECT_DONE("COLLECT_DONE", "수거 완료", ClaimType.RETURN, ClaimType.EXCHANGE),
    EXCHANGE_REDELIVERING("EXCHANGE_REDELIVERING", "교환 재배송 중", ClaimType.EXCHANGE),
    RETURN_DONE("RETURN_DONE", "반품 완료", ClaimType.RETURN),
    EXCHANGE_DONE("EXCHANGE_DONE", "교환 완료", ClaimType.EXCHANGE),
    RETURN_REJECT("RETURN_REJECT", "반품 철회", ClaimType.RETURN),
    EXCHANGE_REJECT("EXCHANGE_REJECT", "교환 철회", ClaimType.EXCHANGE),
    PURCHASE_DECISION_HOLDBACK("PURCHASE_DECISION_HOLDBACK", "구매 확정 보류", ClaimType.PURCHASE_DECISION_HOLDBACK),
    PURCHASE_DECISION_REQUEST("PURCHASE_DECISION_REQUEST", "구매 확정 요청", ClaimType.PURCHASE_DECISION_HOLDBACK),
    PURCHASE_DECISION_HOLDBACK_RELEASE("PURCHASE_DECISION_HOLDBACK_RELEASE", "구매 확정 보류 해제",
            ClaimType.PURCHASE_DECISION_HOLDBACK),
    ADMIN_CANCELING("ADMIN_CANCELING", "직권 취소 중", ClaimType.ADMIN_CANCEL),
    ADMIN_CANCEL_DONE("ADMIN_CANCEL_DONE", "직권 취소 완료", ClaimType.ADMIN_CANCEL),
    ADMIN_CANCEL_REJECT("ADMIN_CANCEL_REJECT", "직권 취소 철회", ClaimType.ADMIN_CANCEL),
    /** Any code this version does not know yet; it belongs to no claim type. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private static final Set<ClaimStatus> FINISHED = EnumSet.of(
            CANCEL_DONE, CANCEL_REJECT, RETURN_DONE, RETURN_REJECT, EXCHANGE_DONE, EXCHANGE_REJECT,
            ADMIN_CANCEL_DONE, ADMIN_CANCEL_REJECT);

    private final String code;
    private final String label;
    private final Set<ClaimType> claimTypes;

    ClaimStatus(String code, String label, ClaimType... claimTypes) {
        this.code = code;
        this.label = label;
        this.claimTypes = Set.of(claimTypes);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The claim types this status occurs under. {@link #COLLECTING} and {@link #COLLECT_DONE} are shared by returns and
     * exchanges, so for those the claim's own {@code claimType} says which one it is.
     */
    public Set<ClaimType> claimTypes() {
        return claimTypes;
    }

    /** True when this status can occur under the given claim type. */
    public boolean belongsTo(ClaimType type) {
        return claimTypes.contains(type);
    }

    /**
     * True once the claim has been completed or withdrawn, so nothing more is expected of the seller.
     * {@link #COLLECT_DONE} is not finished despite its name: the goods are back, but the return or exchange still has
     * to be approved or rejected.
     */
    public boolean isFinished() {
        return FINISHED.contains(this);
    }
}
