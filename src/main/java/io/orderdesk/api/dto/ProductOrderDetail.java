package io.orderdesk.api.dto;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Everything Naver returns about one product order: an element of the {@code product-orders/query} data, or the
 * {@code content} of a conditional-query result.
 *
 * <p>The top-level {@code cancel}, {@code returnClaim} ({@code "return"}) and {@code exchange} are deprecated by Naver
 * (announced for removal; the conditional query already omits them) and duplicate {@link #currentClaim()}. Read claims
 * from {@code currentClaim}; the old ones are kept only so nothing the API sends is dropped.
 */
public record ProductOrderDetail(
        Order order,
        ProductOrder productOrder,
        CancelClaim cancel,
        @Json(name = "return") ReturnClaim returnClaim,
        ExchangeClaim exchange,
        BeforeClaim beforeClaim,
        CurrentClaim currentClaim,
        List<CompletedClaim> completedClaims,
        Delivery delivery) {
}
