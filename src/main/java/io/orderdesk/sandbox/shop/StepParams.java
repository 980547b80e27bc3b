package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The particulars of generated and simulated steps: reasons with Korean details, carriers, new addresses. */
final class StepParams {

    private static final List<String> CARRIERS = List.of("CJGLS", "CJGLS", "CJGLS", "CJGLS", "HYUNDAI", "HYUNDAI",
            "HANJIN", "HANJIN", "KGB", "KGB", "EPOST");
    private static final List<ClaimReason> CANCEL_REASONS = List.of(ClaimReason.INTENT_CHANGED,
            ClaimReason.INTENT_CHANGED, ClaimReason.COLOR_AND_SIZE, ClaimReason.WRONG_ORDER,
            ClaimReason.DELAYED_DELIVERY);
    private static final List<ClaimReason> RETURN_REASONS = List.of(ClaimReason.INTENT_CHANGED,
            ClaimReason.COLOR_AND_SIZE, ClaimReason.PRODUCT_UNSATISFIED, ClaimReason.BROKEN,
            ClaimReason.WRONG_DELIVERY, ClaimReason.WRONG_OPTION, ClaimReason.INCORRECT_INFO);
    private static final List<ClaimReason> EXCHANGE_REASONS = List.of(ClaimReason.COLOR_AND_SIZE,
            ClaimReason.COLOR_AND_SIZE, ClaimReason.BROKEN, ClaimReason.WRONG_OPTION);

    private StepParams() {
    }

    /**
     * The change for {@code step} on {@code po} at {@code at}. {@code tracking} is the order's parcel number for a
     * dispatch, so every line of one order ships under one tracking number.
     */
    static Change change(World world, Random random, Transitions step, ProductOrderRecord po, Instant at,
                         String company, String tracking) {
        Change change = Change.at(at);
        return switch (step) {
            case DELAY -> change.date(Dates.endOfDayAfter(at, 3 + random.nextInt(5)))
                    .delay(DelayedDispatchReason.PRODUCT_PREPARE, "입고 지연으로 발송이 늦어집니다. 양해 부탁드립니다.");
            case DISPATCH -> po.product.deliveryMethod() == DeliveryMethod.NOTHING
                    ? change.shipment(DeliveryMethod.NOTHING, null, null)
                    : change.shipment(DeliveryMethod.DELIVERY, company, tracking);
            case EXCHANGE_REDISPATCH -> redispatch(world, random, change);
            case CHANGE_ADDRESS -> change.address(Addresses.random(random, po.shippingAddress.name(),
                    po.shippingAddress.tel1()));
            case ACCEPT_GIFT -> change.address(Addresses.random(random, po.shippingAddress.name(),
                    po.shippingAddress.tel1()));
            case BUYER_CANCEL_UNPAID -> change.reason(ClaimReason.INTENT_CHANGED, null);
            case BUYER_CANCEL_BEFORE_CONFIRM, BUYER_CANCEL_REQUEST ->
                    withReason(change, People.pick(random, CANCEL_REASONS)).quantity(partial(random, po));
            case SELLER_CANCEL -> change.reason(ClaimReason.SOLD_OUT, "재고 소진으로 판매 취소합니다. 죄송합니다.");
            case ADMIN_CANCEL -> change.reason(ClaimReason.ETC, "고객센터 요청에 따른 직권 취소");
            case DECISION_HOLDBACK -> change.reason(ClaimReason.NOT_YET_RECEIVE, "상품 미수취 신고");
            case BUYER_RETURN_REQUEST -> withReason(change, People.pick(random, RETURN_REASONS))
                    .quantity(partial(random, po));
            case BUYER_EXCHANGE_REQUEST -> withReason(change, People.pick(random, EXCHANGE_REASONS));
            case RETURN_HOLDBACK -> random.nextBoolean()
                    ? change.holdback(HoldbackReason.RETURN_DELIVERYFEE, "반품 배송비 입금 확인 후 처리 예정", 0)
                    : change.holdback(HoldbackReason.RETURN_PRODUCT_NOT_DELIVERED, "반품 상품 미입고", 0);
            case EXCHANGE_HOLDBACK -> change.holdback(HoldbackReason.EXCHANGE_PRODUCT_READY, "교환 상품 입고 대기", 0);
            default -> change;
        };
    }

    private static Change redispatch(World world, Random random, Change change) {
        String carrier = carrier(random);
        return change.shipment(DeliveryMethod.DELIVERY, carrier, Shipments.newTrackingNumber(world, carrier));
    }

    static String carrier(Random random) {
        return People.pick(random, CARRIERS);
    }

    private static Change withReason(Change change, ClaimReason reason) {
        return change.reason(reason, detail(reason));
    }

    /** Sometimes only part of a multi-unit line is claimed; null means the whole remaining quantity. */
    private static Integer partial(Random random, ProductOrderRecord po) {
        return po.remainQuantity > 1 && random.nextInt(10) < 3 ? 1 + random.nextInt(po.remainQuantity - 1) : null;
    }

    static String detail(ClaimReason reason) {
        return switch (reason) {
            case INTENT_CHANGED -> "다른 상품으로 다시 주문하려고 합니다.";
            case COLOR_AND_SIZE -> "사이즈가 생각보다 작아서 한 치수 큰 걸로 바꾸고 싶어요.";
            case WRONG_ORDER -> "옵션을 잘못 선택해서 주문했습니다.";
            case DELAYED_DELIVERY -> "배송이 너무 늦어져서 취소합니다.";
            case PRODUCT_UNSATISFIED -> "사진과 느낌이 많이 달라요.";
            case BROKEN -> "받아보니 포장이 찢어져 있고 제품이 파손되어 있습니다.";
            case WRONG_DELIVERY -> "주문한 것과 다른 상품이 왔습니다.";
            case WRONG_OPTION -> "네이비를 주문했는데 베이지가 왔어요.";
            case INCORRECT_INFO -> "상세페이지 설명과 소재가 다릅니다.";
            default -> null;
        };
    }
}
