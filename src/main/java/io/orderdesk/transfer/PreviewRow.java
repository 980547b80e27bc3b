package io.orderdesk.transfer;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.TrackingNumberRule;

/**
 * One sheet row as the import would treat it.
 *
 * @param rowNumber      the row number Excel shows
 * @param carrierText    the carrier as written in the sheet
 * @param carrier        the carrier it names, or null
 * @param trackingNumber the number without surrounding spaces
 * @param numberProblem  what is wrong with the number when {@code kind} is {@link PreviewClass#INVALID_NUMBER}
 */
public record PreviewRow(int rowNumber, String productOrderId, String carrierText, DeliveryCompany carrier,
                         String trackingNumber, PreviewClass kind, TrackingNumberRule.Problem numberProblem) {

    public boolean isMatched() {
        return kind == PreviewClass.MATCHED;
    }
}
