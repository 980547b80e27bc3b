package io.orderdesk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The few facts about a product order that decide which status tab it shows under. Absent values are {@code null}:
 * a line without a claim has no claim type or status, and only returns and exchanges carry a holdback status.
 *
 * @param delayed true once the seller has postponed dispatch (a delay reason is set)
 */
public record OrderFacts(
        Coded<ProductOrderStatus> productOrderStatus,
        Coded<PlaceOrderStatus> placeOrderStatus,
        Coded<ClaimType> claimType,
        Coded<ClaimStatus> claimStatus,
        Coded<HoldbackStatus> holdbackStatus,
        boolean delayed) {

    /** Claim types whose unfinished claims stop the normal flow; a purchase-decision holdback does not. */
    private static final Set<ClaimType> BLOCKING = EnumSet.of(
            ClaimType.CANCEL, ClaimType.RETURN, ClaimType.EXCHANGE, ClaimType.ADMIN_CANCEL, ClaimType.UNKNOWN);

    /** Builds the facts from raw API codes, any of which may be {@code null}; unknown codes are kept. */
    public static OrderFacts ofCodes(String productOrderStatus, String placeOrderStatus, String claimType,
                                     String claimStatus, String holdbackStatus, boolean delayed) {
        return new OrderFacts(
                coded(ProductOrderStatus.class, productOrderStatus),
                coded(PlaceOrderStatus.class, placeOrderStatus),
                coded(ClaimType.class, claimType),
                coded(ClaimStatus.class, claimStatus),
                coded(HoldbackStatus.class, holdbackStatus),
                delayed);
    }

    /** True when any claim, open or finished, has been recorded on the line. */
    public boolean hasClaim() {
        return claimType != null || claimStatus != null;
    }

    /**
     * True while a cancel, return, exchange or admin cancel is still in progress. A purchase-decision holdback is
     * handled in the Npay center only and does not hold up dispatch, so it does not count; an unknown claim type or
     * status does, because hiding a line that may need attention is worse than showing it in a claim tab only.
     */
    public boolean hasOpenClaim() {
        if (claimStatus == null) {
            return false;
        }
        ClaimType type = claimType == null ? ClaimType.UNKNOWN : claimType.value();
        return BLOCKING.contains(type) && !claimStatus.value().isFinished();
    }

    /** True when the claim was completed or withdrawn, or the line ended as cancelled, returned or exchanged. */
    public boolean hasFinishedClaim() {
        if (claimStatus != null && claimStatus.value().isFinished()) {
            return true;
        }
        return is(ProductOrderStatus.CANCELED) || is(ProductOrderStatus.RETURNED) || is(ProductOrderStatus.EXCHANGED);
    }

    /** True when the product order status is the given known member. */
    public boolean is(ProductOrderStatus status) {
        return productOrderStatus != null && productOrderStatus.value() == status;
    }

    /** True when the open claim has the given type and is in one of the given statuses. */
    public boolean claimIn(ClaimType type, ClaimStatus... statuses) {
        if (claimType == null || claimType.value() != type || claimStatus == null) {
            return false;
        }
        for (ClaimStatus status : statuses) {
            if (claimStatus.value() == status) {
                return true;
            }
        }
        return false;
    }

    /** True when the seller has confirmed the order; {@code NOT_YET}, {@code CANCEL} (해제) and absent are not. */
    public boolean isPlaceOrderConfirmed() {
        return placeOrderStatus != null && placeOrderStatus.value() == PlaceOrderStatus.OK;
    }

    /** True when a return or exchange is currently on hold (보류). */
    public boolean isHeldBack() {
        return holdbackStatus != null && holdbackStatus.value() == HoldbackStatus.HOLDBACK;
    }

    private static <E extends Enum<E> & CodedEnum> Coded<E> coded(Class<E> type, String raw) {
        return raw == null || raw.isEmpty() ? null : Coded.of(type, raw);
    }
}
