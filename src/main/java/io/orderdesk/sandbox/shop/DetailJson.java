package io.orderdesk.sandbox.shop;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole product-order detail as {@code /query} and the conditional query return it (§5). Objects that do not
 * apply are left out rather than sent as null, like the official examples.
 */
final class DetailJson {

    private DetailJson() {
    }

    /**
     * @param withDeprecatedClaims also emit the deprecated top-level {@code cancel}/{@code return}/{@code exchange}
     *                             (the same objects as under {@code currentClaim}); {@code /query} does, the
     *                             conditional query does not
     */
    static Fields of(ProductOrderRecord po, boolean withDeprecatedClaims) {
        Fields current = ClaimJson.current(po.claim);
        Fields json = new Fields()
                .with("order", OrderJson.of(po.order))
                .with("productOrder", ProductOrderJson.of(po));
        if (withDeprecatedClaims && current != null) {
            json.with("cancel", current.get("cancel"))
                    .with("return", current.get("return"))
                    .with("exchange", current.get("exchange"));
        }
        json.with("beforeClaim", po.beforeExchange == null ? null
                        : new Fields().with("exchange", ClaimJson.exchange(po.beforeExchange)))
                .with("currentClaim", current)
                .with("completedClaims", completed(po))
                .with("delivery", po.delivery == null ? null : po.delivery.toJson());
        return json;
    }

    private static List<Fields> completed(ProductOrderRecord po) {
        if (po.completedClaims.isEmpty()) {
            return null;
        }
        List<Fields> list = new ArrayList<>(po.completedClaims.size());
        for (ClaimRecord claim : po.completedClaims) {
            list.add(CompletedClaimJson.of(claim));
        }
        return list;
    }
}
