package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns the delay call and the 12 claim calls (§4.6, §4.8–§4.19) into a {@link SingleCall}: required fields and enum
 * codes are checked here (4000), state and detail rules when the call runs. A delay's due date must lie after now and
 * at most 90 days ahead, else 104105 [INFERRED: the real horizon is undocumented].
 */
final class ClaimCalls {

    static final Duration MAX_DELAY = Duration.ofDays(90);
    private static final int MAX_DETAIL = 500;

    private ClaimCalls() {
    }

    static SingleCall parse(Endpoint endpoint, ApiRequest request, Instant now) {
        Change change = Change.at(now);
        return switch (endpoint) {
            case DELAY -> delay(request, change);
            case CANCEL_REQUEST -> cancelRequest(request, change);
            case CANCEL_APPROVE -> SingleCall.of(request, change, null, Transitions.CANCEL_APPROVE);
            case RETURN_REQUEST -> returnRequest(request, change);
            case RETURN_APPROVE -> SingleCall.of(request, change, null, Transitions.RETURN_APPROVE);
            case RETURN_REJECT -> reject(request, change, "rejectReturnReason", Transitions.RETURN_REJECT);
            case RETURN_HOLDBACK -> holdback(request, change, "holdbackReturnDetailReason", "extraReturnFeeAmount",
                    Transitions.RETURN_HOLDBACK);
            case RETURN_HOLDBACK_RELEASE -> SingleCall.of(request, change, null, Transitions.RETURN_HOLDBACK_RELEASE);
            case EXCHANGE_COLLECT_COMPLETE -> SingleCall.of(request, change, null,
                    Transitions.EXCHANGE_COLLECT_COMPLETE);
            case EXCHANGE_DISPATCH -> exchangeDispatch(request, change);
            case EXCHANGE_REJECT -> reject(request, change, "rejectExchangeReason", Transitions.EXCHANGE_REJECT);
            case EXCHANGE_HOLDBACK -> holdback(request, change, "holdbackExchangeDetailReason",
                    "extraExchangeFeeAmount", Transitions.EXCHANGE_HOLDBACK);
            case EXCHANGE_HOLDBACK_RELEASE -> SingleCall.of(request, change, null,
                    Transitions.EXCHANGE_HOLDBACK_RELEASE);
            default -> throw new IllegalArgumentException("not a single-order write: " + endpoint);
        };
    }

    private static SingleCall delay(ApiRequest request, Change change) {
        Body body = Body.of(request.body());
        change.date(body.date("dispatchDueDate"))
                .delay(body.code(DelayedDispatchReason.class, "delayedDispatchReason"),
                        body.optString("dispatchDelayedDetailedReason"));
        return SingleCall.of(request, change, (world, po, c) -> {
            boolean inRange = c.date.isAfter(c.now) && !c.date.isAfter(c.now.plus(MAX_DELAY));
            return inRange ? null : Codes.DUE_DATE_OUT_OF_RANGE;
        }, Transitions.DELAY);
    }

    private static SingleCall cancelRequest(ApiRequest request, Change change) {
        Body body = Body.of(request.body());
        CancelRequestReason reason = body.code(CancelRequestReason.class, "cancelReason");
        change.reason(claimReason(reason.code()), detail(body, "cancelDetailedReason"))
                .quantity(quantity(body, "cancelQuantity"));
        return SingleCall.of(request, change, null, Transitions.SELLER_CANCEL);
    }

    private static SingleCall returnRequest(ApiRequest request, Change change) {
        Body body = Body.of(request.body());
        ReturnRequestReason reason = body.code(ReturnRequestReason.class, "returnReason");
        change.reason(claimReason(reason.code()), null)
                .shipment(body.code(DeliveryMethod.class, "collectDeliveryMethod"),
                        DispatchCall.blankToNull(body.optString("collectDeliveryCompany")),
                        DispatchCall.blankToNull(body.optString("collectTrackingNumber")))
                .quantity(quantity(body, "returnQuantity"));
        return SingleCall.of(request, change, ClaimCalls::checkCollect, Transitions.SELLER_RETURN_REQUEST);
    }

    private static String checkCollect(World world, ProductOrderRecord po, Change change) {
        if (change.method == DeliveryMethod.NOTHING || change.method == DeliveryMethod.UNKNOWN) {
            return Codes.METHOD_CHANGE_NEEDED;
        }
        if (change.company != null && Coded.lookup(DeliveryCompany.class, change.company) == DeliveryCompany.UNKNOWN) {
            return Codes.COMPANY_INVALID;
        }
        boolean badTracking = change.trackingNumber != null
                && !Shipments.isPlausible(Shipments.normalize(change.trackingNumber));
        return badTracking ? Codes.TRACKING_INVALID : null;
    }

    private static SingleCall exchangeDispatch(ApiRequest request, Change change) {
        Body body = Body.of(request.body());
        change.shipment(body.code(DeliveryMethod.class, "reDeliveryMethod"),
                DispatchCall.blankToNull(body.optString("reDeliveryCompany")),
                DispatchCall.blankToNull(body.optString("reDeliveryTrackingNumber")));
        return SingleCall.of(request, change,
                (world, po, c) -> Shipments.check(world, po, c.method, c.company, c.trackingNumber),
                Transitions.EXCHANGE_REDISPATCH);
    }

    private static SingleCall reject(ApiRequest request, Change change, String field, Transitions transition) {
        change.reason(null, Body.of(request.body()).string(field));
        return SingleCall.of(request, change, null, transition);
    }

    private static SingleCall holdback(ApiRequest request, Change change, String detailField, String feeField,
                                       Transitions transition) {
        Body body = Body.of(request.body());
        HoldbackReason reason = body.code(HoldbackReason.class, "holdbackClassType");
        String detail = body.string(detailField);
        Long fee = body.optAmount(feeField);
        change.holdback(reason, detail, fee == null ? 0 : fee);
        return SingleCall.of(request, change, null, transition);
    }

    private static Integer quantity(Body body, String field) {
        Integer quantity = body.optInt(field);
        if (quantity != null && quantity < 1) {
            throw BadRequest.invalid(body.field(field), "1 이상이어야 합니다");
        }
        return quantity;
    }

    private static String detail(Body body, String field) {
        String detail = body.optString(field);
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw BadRequest.invalid(body.field(field), MAX_DETAIL + "자를 넘을 수 없습니다");
        }
        return detail;
    }

    private static ClaimReason claimReason(String code) {
        return Coded.lookup(ClaimReason.class, code);
    }
}
