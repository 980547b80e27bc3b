package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderFacts;

/**
 * One product order the user selected in the main window, as an action dialog needs it.
 *
 * @param quantity        the quantity still on the line (the most that can be cancelled or returned)
 * @param addressChanged  true when the buyer changed the delivery address after ordering
 * @param deliveryCompany the carrier already on the line, or null
 * @param trackingNumber  the tracking number already on the line, or null
 */
public record ActionTarget(String productOrderId, String orderId, String productName, String optionText,
        int quantity, String receiverName, OrderFacts facts, boolean addressChanged,
        DeliveryCompany deliveryCompany, String trackingNumber) {
}
