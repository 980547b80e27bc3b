package io.orderdesk.api;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.RangeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of the conditional query {@code GET product-orders} (§4.4). Null means "not sent".
 *
 * @param from     required, inclusive
 * @param to       inclusive; null lets the API use {@code from} + 24 h
 * @param page     1 or more
 * @param pageSize 1–300
 */
public record ConditionalQuery(
        OffsetDateTime from,
        OffsetDateTime to,
        RangeType rangeType,
        List<ProductOrderStatus> productOrderStatuses,
        List<ClaimStatus> claimStatuses,
        PlaceOrderStatus placeOrderStatus,
        Boolean fulfillment,
        Integer page,
        Integer pageSize,
        Boolean quantityClaimCompatibility) {

    public ConditionalQuery {
        Objects.requireNonNull(from, "from");
        productOrderStatuses = productOrderStatuses == null ? List.of() : List.copyOf(productOrderStatuses);
        claimStatuses = claimStatuses == null ? List.of() : List.copyOf(claimStatuses);
    }

    public static ConditionalQuery window(OffsetDateTime from, OffsetDateTime to, RangeType rangeType) {
        return new ConditionalQuery(from, to, rangeType, List.of(), List.of(), null, null, 1, 300, true);
    }

    public ConditionalQuery withPage(int newPage) {
        return new ConditionalQuery(from, to, rangeType, productOrderStatuses, claimStatuses, placeOrderStatus,
                fulfillment, newPage, pageSize, quantityClaimCompatibility);
    }

    public ConditionalQuery withPageSize(int newPageSize) {
        return new ConditionalQuery(from, to, rangeType, productOrderStatuses, claimStatuses, placeOrderStatus,
                fulfillment, page, newPageSize, quantityClaimCompatibility);
    }

    public ConditionalQuery withStatuses(List<ProductOrderStatus> statuses, List<ClaimStatus> claims) {
        return new ConditionalQuery(from, to, rangeType, statuses, claims, placeOrderStatus,
                fulfillment, page, pageSize, quantityClaimCompatibility);
    }
}
