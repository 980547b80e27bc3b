package io.orderdesk.ui.detail;

import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.ui.orders.Formats;

/** The card of one claim: what was asked and why, the hold on it, the pick-up and what the buyer is charged. */
final class ClaimSections {

    private final Formats formats;

    ClaimSections(Formats formats) {
        this.formats = formats;
    }

    DetailSection section(String id, String title, ClaimDetail c) {
        Fields fields = new Fields(formats)
                .add("claim", formats.claim(c.type() == null ? null : c.type().raw(),
                        c.status() == null ? null : c.status().raw()))
                .add("claimRequestDate", formats.dateTime(c.requestDate()))
                .add("claimReason", formats.coded(c.reason()))
                .add("claimDetail", c.detailedReason())
                .add("requestQuantity", c.requestQuantity() == null ? null : formats.number(c.requestQuantity()))
                .add("requestChannel", c.requestChannel());
        ClaimDetail.Holdback h = c.holdback();
        if (h != null) {
            boolean held = h.status() != null && h.status().value() == HoldbackStatus.HOLDBACK;
            fields.add("holdback", DetailSections.joinWith(" · ", formats.coded(h.status()), formats.coded(h.reason())),
                            held)
                    .add("holdbackDetail", h.detail())
                    .add("holdbackDate", formats.dateTime(h.configuredAt()))
                    .add("holdbackReleaseDate", formats.dateTime(h.releasedAt()));
        }
        ClaimDetail.Collect k = c.collect();
        if (k != null) {
            fields.add("collect", DetailSections.joinWith(" · ", formats.coded(k.company()), k.trackingNumber(),
                            formats.coded(k.status())))
                    .add("collectDate", formats.dateTime(k.completedDate()));
        }
        ClaimDetail.Fees f = c.fees();
        if (f != null) {
            String delivery = f.claimDeliveryFee() == null || f.claimDeliveryFee() == 0 ? null
                    : DetailSections.join(formats.money(f.claimDeliveryFee()),
                    f.payMeans() == null ? null : "(" + f.payMeans() + ")");
            fields.add("claimDeliveryFee", delivery)
                    .amount("etcFee", f.etcFee())
                    .amount("remoteAreaCost", f.remoteAreaCost())
                    .amount("feeDiscount", f.discount());
        }
        return fields.add("refundExpectedDate", formats.dateTime(c.refundExpectedDate()))
                .add("claimCompletedDate", formats.dateTime(c.completedDate()))
                .section(id, title);
    }
}
