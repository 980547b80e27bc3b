package io.orderdesk.sandbox.shop;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-line outcome of a write (§4.0): a well-formed request always answers HTTP 200 with both arrays, possibly
 * empty. Confirm reports successes as objects with {@code isReceiverAddressChanged}, every other call as plain ids.
 */
final class BulkResult {

    private final List<Object> successes = new ArrayList<>();
    private final List<Fields> failures = new ArrayList<>();
    private final boolean confirmShape;

    private BulkResult(boolean confirmShape) {
        this.confirmShape = confirmShape;
    }

    static BulkResult forConfirm() {
        return new BulkResult(true);
    }

    static BulkResult forClaims() {
        return new BulkResult(false);
    }

    void succeeded(ProductOrderRecord po) {
        if (confirmShape) {
            successes.add(new Fields().with("productOrderId", po.productOrderId)
                    .with("isReceiverAddressChanged", po.addressChanged));
        } else {
            successes.add(po.productOrderId);
        }
    }

    void failed(String productOrderId, String code) {
        failures.add(new Fields().with("productOrderId", productOrderId).with("code", code)
                .with("message", Codes.message(code)));
    }

    /** Records the outcome of a transition: null means it happened. */
    void record(ProductOrderRecord po, String refusal) {
        if (refusal == null) {
            succeeded(po);
        } else {
            failed(po.productOrderId, refusal);
        }
    }

    Fields toJson() {
        return new Fields()
                .with(confirmShape ? "successProductOrderInfos" : "successProductOrderIds", successes)
                .with("failProductOrderInfos", failures);
    }

    /** The product order for {@code id}, or null after recording 100001 (unknown) or 101009 (another mall's). */
    ProductOrderRecord target(World world, String id) {
        ProductOrderRecord po = world.productOrder(id);
        if (po == null) {
            failed(id, Codes.PRODUCT_ORDER_NOT_FOUND);
            return null;
        }
        if (!world.isOwn(po)) {
            failed(id, Codes.NOT_PERMITTED);
            return null;
        }
        return po;
    }
}
