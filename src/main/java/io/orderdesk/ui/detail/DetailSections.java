package io.orderdesk.ui.detail;

import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.domain.EntryMethod;
import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.PickupLocationType;
import io.orderdesk.ui.orders.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link OrderDetail} into the detail pane's cards, with phone numbers and addresses in full. A claim in
 * progress comes first: it is what the user opened the line for.
 */
final class DetailSections {

    private final Formats formats;
    private final ClaimSections claims;
    private final KoreanLabels korean;

    DetailSections(Formats formats) {
        this.formats = formats;
        this.claims = new ClaimSections(formats);
        this.korean = new KoreanLabels(formats.labels());
    }

    List<DetailSection> of(OrderDetail detail) {
        List<DetailSection> sections = new ArrayList<>();
        if (detail.activeClaim() != null) {
            // The API's current claim stays on the line after it is done or withdrawn; it is then no longer open.
            boolean finished = detail.activeClaim().status() != null
                    && detail.activeClaim().status().value().isFinished();
            sections.add(claims.section("claim", formats.text(finished ? "detail.section.claimClosed"
                    : "detail.section.claim"), detail.activeClaim()));
        }
        add(sections, "order", order(detail));
        add(sections, "orderer", orderer(detail.orderer()));
        add(sections, "recipient", recipient(detail.recipient()));
        add(sections, "product", product(detail.line()));
        add(sections, "delivery", delivery(detail.shipment()));
        int number = 0;
        for (ClaimDetail completed : detail.completedClaims()) {
            number++;
            sections.add(claims.section("completed-" + number,
                    formats.text("detail.section.completed", number), completed));
        }
        return sections;
    }

    private void add(List<DetailSection> sections, String id, Fields fields) {
        if (fields != null && !fields.isEmpty()) {
            sections.add(fields.section(id, formats.text("detail.section." + id)));
        }
    }

    private Fields order(OrderDetail detail) {
        Fields fields = new Fields(formats).add("productOrderId", detail.productOrderId());
        OrderDetail.Payment p = detail.payment();
        if (p == null) {
            return fields;
        }
        String means = p.paymentMeans() == null ? null
                : p.payLocation() == null ? p.paymentMeans() : p.paymentMeans() + " (" + p.payLocation() + ")";
        return fields.add("orderId", p.orderId())
                .add("orderDate", formats.dateTime(p.orderDate()))
                .add("paymentDate", formats.dateTime(p.paymentDate()))
                .add("paymentMeans", means)
                .amount("generalAmount", p.generalAmount())
                .amount("naverPointAmount", p.naverPointAmount())
                .amount("chargeAmount", p.chargeAmount())
                .amount("accumulationAmount", p.accumulationAmount())
                .amount("payLaterAmount", p.payLaterAmount())
                .amount("orderDiscountAmount", p.orderDiscountAmount());
    }

    private Fields orderer(OrderDetail.Party party) {
        if (party == null) {
            return null;
        }
        return new Fields(formats).add("name", party.name()).add("memberId", party.memberId())
                .add("tel", party.tel());
    }

    private Fields recipient(OrderDetail.Recipient r) {
        if (r == null) {
            return null;
        }
        String address = join(r.zipCode() == null ? null : "(" + r.zipCode() + ")", r.baseAddress(),
                r.detailedAddress());
        Fields fields = new Fields(formats).add("name", r.name()).add("tel", r.tel1()).add("tel2", r.tel2())
                .add("address", address, r.addressChanged());
        if (r.addressChanged()) {
            fields.add("addressChanged", formats.text("detail.addressChanged"), true);
        }
        return fields.add("memo", r.memo())
                .add("pickupLocation", korean.translateLeading(PickupLocationType.class, r.pickupLocation()))
                .add("entryMethod", korean.translateLeading(EntryMethod.class, r.entryMethod()));
    }

    private Fields product(OrderDetail.Line l) {
        if (l == null) {
            return null;
        }
        return new Fields(formats).add("productName", l.productName())
                .add("productOption", l.productOption())
                .add("quantity", l.quantity() == null ? null : formats.number(l.quantity()))
                .amount("unitPrice", l.unitPrice())
                .amount("optionPrice", l.optionPrice())
                .amount("productAmount", l.productAmount())
                .amount("productDiscountAmount", l.productDiscountAmount())
                .amount("deliveryFeeAmount", l.deliveryFeeAmount())
                .add("paymentAmount", formats.money(l.paymentAmount()))
                .amount("expectedSettlementAmount", l.expectedSettlementAmount())
                .add("freeGift", l.freeGift())
                .add("sellerProductCode", l.sellerProductCode())
                .add("status", joinWith(" · ", l.status() == null ? null : formats.status(l.status().raw()),
                        formats.coded(l.placeOrderStatus())))
                .add("placeOrderDate", formats.dateTime(l.placeOrderDate()))
                .add("shippingDueDate", formats.dateTime(l.shippingDueDate()))
                .add("delayReason", join(formats.coded(l.delayReason()), l.delayDetail()), l.delayReason() != null)
                .add("decisionDate", formats.dateTime(l.decisionDate()));
    }

    private Fields delivery(OrderDetail.Shipment s) {
        if (s == null) {
            return null;
        }
        Fields fields = new Fields(formats).add("carrier", formats.coded(s.company()))
                .add("trackingNumber", s.trackingNumber(), s.wrongTrackingNumber())
                .add("deliveryMethod", formats.coded(s.method()))
                .add("deliveryStatus", formats.coded(s.status()))
                .add("sendDate", formats.dateTime(s.sendDate()))
                .add("deliveredDate", formats.dateTime(s.deliveredDate()));
        if (s.wrongTrackingNumber()) {
            fields.add("wrongTracking", formats.text("detail.wrongTracking"), true);
        }
        return fields;
    }

    /** The non-blank parts joined by a space, or {@code null} when there are none. */
    static String join(String... parts) {
        return joinWith(" ", parts);
    }

    static String joinWith(String separator, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : separator).append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
