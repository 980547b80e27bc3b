package io.orderdesk.store;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.domain.OrderTab;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the in-memory index: its summary plus everything a search would otherwise recompute per line, such as
 * tab membership, the searchable text and 초성.
 */
final class IndexEntry {

    static final int HAS_CLAIM = 1;
    static final int OPEN_CLAIM = 2;
    static final int FINISHED_CLAIM = 4;
    /** Separates the fields of a search key; a normalised query never contains it, so no match spans two fields. */
    private static final String SEPARATOR = "\n";

    final OrderSummary summary;
    final int version;
    final int tabs;
    final int claims;
    final long paidAt;
    /** Buyer, recipient, product (normalised) and tracking number (compact, lower case). */
    final String textKey;
    /** Product order number, order number and tracking number without separators. */
    final String numberKey;
    /** 초성 of buyer and recipient. */
    final String initialsKey;
    final int ordererTail;
    final int receiverTail;
    final Integer statusRank;
    final Integer claimRank;
    final String carrierLabel;

    private IndexEntry(OrderSummary summary, int version, Map<String, String> interned) {
        this.summary = summary;
        this.version = version;
        OrderFacts facts = summary.facts();
        int mask = 0;
        for (OrderTab tab : OrderTab.tabsOf(facts)) {
            mask |= 1 << tab.ordinal();
        }
        this.tabs = mask;
        this.claims = (facts.hasClaim() ? HAS_CLAIM : 0) | (facts.hasOpenClaim() ? OPEN_CLAIM : 0)
                | (facts.hasFinishedClaim() ? FINISHED_CLAIM : 0);
        this.paidAt = summary.paymentDate() == null ? Long.MIN_VALUE : summary.paymentDate().toEpochMilli();
        String tracking = summary.trackingNumber() == null ? "" : SearchText.compact(summary.trackingNumber());
        this.textKey = SearchText.normalise(summary.ordererName()) + SEPARATOR
                + SearchText.normalise(summary.receiverName()) + SEPARATOR
                + SearchText.normalise(summary.productName()) + SEPARATOR + tracking.toLowerCase(Locale.ROOT);
        this.numberKey = summary.productOrderId() + SEPARATOR + summary.orderId() + SEPARATOR + tracking;
        this.initialsKey = intern(interned, SearchText.initials(summary.ordererName()) + SEPARATOR
                + SearchText.initials(summary.receiverName()));
        this.ordererTail = tail(summary.ordererPhoneTail());
        this.receiverTail = tail(summary.receiverPhoneTail());
        this.statusRank = facts.productOrderStatus() == null ? null : facts.productOrderStatus().value().ordinal();
        this.claimRank = claimRank(facts.claimType(), facts.claimStatus());
        this.carrierLabel = summary.deliveryCompany() == null ? null
                : intern(interned, Coded.of(DeliveryCompany.class, summary.deliveryCompany()).label());
    }

    /**
     * Builds an entry, sharing equal strings through {@code interned}: a shop has far fewer distinct products,
     * options, statuses and names than lines, and 100,000 copies of each would dominate the heap.
     */
    static IndexEntry of(OrderSummary summary, int version, Map<String, String> interned) {
        return new IndexEntry(shared(summary, interned), version, interned);
    }

    String productOrderId() {
        return summary.productOrderId();
    }

    /** A phone tail as a number for cheap comparison; -1 when absent or not four digits. */
    static int tail(String digits) {
        if (digits == null || digits.length() != 4 || !SearchText.digits(digits).equals(digits)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static Integer claimRank(Coded<ClaimType> type, Coded<ClaimStatus> status) {
        if (type == null && status == null) {
            return null;
        }
        int typeRank = type == null ? ClaimType.UNKNOWN.ordinal() : type.value().ordinal();
        int statusRank = status == null ? ClaimStatus.UNKNOWN.ordinal() : status.value().ordinal();
        return typeRank * ClaimStatus.values().length + statusRank;
    }

    private static OrderSummary shared(OrderSummary s, Map<String, String> interned) {
        return new OrderSummary(s.productOrderId(), s.orderId(), intern(interned, s.productOrderStatus()),
                intern(interned, s.placeOrderStatus()), intern(interned, s.claimType()),
                intern(interned, s.claimStatus()), intern(interned, s.holdbackStatus()), s.orderDate(),
                s.paymentDate(), s.lastChangedDate(), intern(interned, s.lastChangedType()), s.shippingDueDate(),
                s.dispatchedDate(), intern(interned, s.ordererName()), s.ordererPhoneTail(),
                intern(interned, s.receiverName()), s.receiverPhoneTail(), intern(interned, s.productName()),
                intern(interned, s.productOption()), s.quantity(), s.totalPaymentAmount(),
                intern(interned, s.deliveryCompany()), s.trackingNumber(), s.addressChanged(),
                intern(interned, s.giftReceivingStatus()), s.delayed(), s.claimRequestDate());
    }

    private static String intern(Map<String, String> interned, String value) {
        return value == null ? null : interned.computeIfAbsent(value, v -> v);
    }
}
