package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.util.List;

/**
 * A write on the one product order named in the path (delay and the claim calls). The body has already been
 * validated into {@code change}; the state is checked before {@code check}'s detail rules, so a product order in the
 * wrong state reports that first.
 */
record SingleCall(String productOrderId, Change change, Check check, List<Transitions> candidates) {

    /** A rule beyond the state guard, such as carrier and tracking rules; null when the call passes. */
    @FunctionalInterface
    interface Check {
        String refuse(World world, ProductOrderRecord po, Change change);
    }

    static SingleCall of(ApiRequest request, Change change, Check check, Transitions... candidates) {
        String id = request.pathParams().get("productOrderId");
        if (id == null || id.isBlank()) {
            throw BadRequest.missing("productOrderId");
        }
        return new SingleCall(id.trim(), change, check, List.of(candidates));
    }

    ApiResult run(World world) {
        BulkResult result = BulkResult.forClaims();
        ProductOrderRecord po = result.target(world, productOrderId);
        if (po != null) {
            String refusal = stateRefusal(po);
            if (refusal == null && check != null) {
                refusal = check.refuse(world, po, change);
            }
            if (refusal == null) {
                refusal = Transitions.fireFirst(world, po, change, candidates.toArray(Transitions[]::new));
            }
            result.record(po, refusal);
        }
        return ApiResult.ok(result.toJson());
    }

    private String stateRefusal(ProductOrderRecord po) {
        for (Transitions candidate : candidates) {
            if (candidate.refusal(po, change) == null) {
                return null;
            }
        }
        return candidates.get(0).refusal(po, change);
    }
}
