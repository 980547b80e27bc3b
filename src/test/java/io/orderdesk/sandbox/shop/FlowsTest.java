package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.body;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.path;
import static io.orderdesk.sandbox.shop.ShopFixture.strings;
import static io.orderdesk.sandbox.shop.ShopFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The §7 flows driven from the buyer, courier and Naver side, checking state, change type and dates. */
class FlowsTest {

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void normalFlowFromPaymentToPurchaseDecision() {
        String id = fixture.create("PAYMENT_WAITING");
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "PAYMENT_WAITING")
                .containsEntry("lastChangedType", "PAY_WAITING");
        later();
        assertThat(fixture.event(id, "PAY")).containsEntry("productOrderStatus", "PAYED")
                .containsEntry("placeOrderStatus", "NOT_YET").containsEntry("lastChangedType", "PAYED")
                .containsEntry("lastChangedDate", now());
        assertThat(path(fixture.detail(id), "order").get("paymentDate")).isEqualTo(now());
        assertThat(path(fixture.detail(id), "productOrder")).containsKey("shippingDueDate");
        later();
        succeeded(fixture.post(Endpoint.CONFIRM, body("productOrderIds", List.of(id))));
        later();
        succeeded(fixture.post(Endpoint.DISPATCH, body("dispatchProductOrders",
                List.of(ConfirmDispatchDelayTest.line(id, "DELIVERY", "CJGLS", "612345678901")))));
        String dispatched = now();
        later();
        Map<String, Object> picked = fixture.event(id, "PICKUP");
        assertThat(path(picked, "detail", "delivery")).containsEntry("pickupDate", now())
                .containsEntry("deliveryStatus", "DELIVERING");
        later();
        Map<String, Object> delivered = fixture.event(id, "DELIVER");
        assertThat(delivered).containsEntry("productOrderStatus", "DELIVERED")
                .containsEntry("lastChangedType", "DISPATCHED").containsEntry("lastChangedDate", dispatched);
        assertThat(path(delivered, "detail", "delivery")).containsEntry("deliveredDate", now())
                .containsEntry("deliveryStatus", "DELIVERY_COMPLETION");
        later();
        Map<String, Object> decided = fixture.event(id, "DECIDE");
        assertThat(decided).containsEntry("productOrderStatus", "PURCHASE_DECIDED")
                .containsEntry("lastChangedType", "PURCHASE_DECIDED").containsEntry("lastChangedDate", now());
        assertThat(path(decided, "detail", "productOrder").get("decisionDate")).isEqualTo(now());
    }

    @Test
    void unpaidOrdersAreCanceledAfterTheirDueDate() {
        String id = fixture.create("PAYMENT_WAITING");
        advanceClock(24 * 60);
        assertThat(fixture.state(id).get("productOrderStatus")).isEqualTo("PAYMENT_WAITING");
        ApiResult result = advanceClock(3 * 24 * 60);
        assertThat((Integer) map(result.data()).get("changed")).isPositive();
        assertThat(map(result.data()).get("now")).isEqualTo(now());
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "CANCELED_BY_NOPAYMENT")
                .containsEntry("lastChangedType", "CLAIM_COMPLETED").containsEntry("lastChangedDate", now());
    }

    @Test
    void deliveredOrdersAreDecidedAutomaticallyAfterEightDays() {
        String id = fixture.create("DELIVERED");
        advanceClock(7 * 24 * 60);
        assertThat(fixture.state(id).get("productOrderStatus")).isEqualTo("DELIVERED");
        advanceClock(2 * 24 * 60);
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "PURCHASE_DECIDED")
                .containsEntry("lastChangedType", "PURCHASE_DECIDED");
    }

    @Test
    void buyerCancelsDependOnThePlaceOrderStatus() {
        String unconfirmed = fixture.create("PAYED");
        assertThat(fixture.event(unconfirmed, "CANCEL_REQUEST")).containsEntry("productOrderStatus", "CANCELED")
                .containsEntry("claimStatus", "CANCEL_DONE").containsEntry("lastChangedType", "CLAIM_COMPLETED");

        String confirmed = fixture.create("CONFIRMED");
        assertThat(fixture.event(confirmed, "CANCEL_REQUEST")).containsEntry("productOrderStatus", "PAYED")
                .containsEntry("claimStatus", "CANCEL_REQUEST").containsEntry("lastChangedType", "CLAIM_REQUESTED");
        assertThat(fixture.event(confirmed, "WITHDRAW_CLAIM")).containsEntry("claimStatus", "CANCEL_REJECT")
                .containsEntry("lastChangedType", "CLAIM_REJECTED");

        String unpaid = fixture.create("PAYMENT_WAITING");
        assertThat(fixture.event(unpaid, "CANCEL_REQUEST")).containsEntry("productOrderStatus", "PAYMENT_WAITING")
                .containsEntry("claimType", "CANCEL").containsEntry("claimStatus", "CANCELING")
                .containsEntry("lastChangedType", "CLAIM_REQUESTED");
        advanceClock(31);
        assertThat(fixture.state(unpaid)).containsEntry("productOrderStatus", "CANCELED")
                .containsEntry("claimStatus", "CANCEL_DONE").containsEntry("lastChangedType", "CLAIM_COMPLETED");
    }

    @Test
    void returnFlowThroughTheCourier() {
        String id = fixture.create("DELIVERED");
        later();
        Map<String, Object> requested = fixture.event(id, "RETURN_REQUEST", "reason", "BROKEN");
        assertThat(requested).containsEntry("claimType", "RETURN").containsEntry("claimStatus", "RETURN_REQUEST")
                .containsEntry("lastChangedType", "CLAIM_REQUESTED").containsEntry("productOrderStatus", "DELIVERED");
        Map<String, Object> claim = path(requested, "detail", "currentClaim", "return");
        assertThat(claim).containsEntry("claimRequestDate", now()).containsEntry("returnReason", "BROKEN")
                .containsEntry("collectDeliveryMethod", "RETURN_DESIGNATED").containsEntry("requestChannel", "구매자")
                .containsEntry("claimDeliveryFeeDemandAmount", 0L);
        String requestedAt = now();
        later();
        assertThat(fixture.event(id, "PICKUP")).containsEntry("claimStatus", "COLLECTING")
                .containsEntry("lastChangedDate", requestedAt);
        later();
        Map<String, Object> collected = fixture.event(id, "COLLECT_DONE");
        assertThat(collected).containsEntry("claimStatus", "COLLECT_DONE").containsEntry("lastChangedType",
                "COLLECT_DONE");
        assertThat(path(collected, "detail", "currentClaim", "return")).containsEntry("collectCompletedDate", now())
                .containsEntry("collectStatus", "DELIVERED");
        later();
        succeeded(fixture.onOrder(Endpoint.RETURN_APPROVE, id, null));
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "RETURNED")
                .containsEntry("lastChangedType", "CLAIM_COMPLETED");
        assertThat(path(fixture.detail(id), "currentClaim", "return")).containsEntry("returnCompletedDate", now());
    }

    @Test
    void buyerExchangeRequestsStartHeldWhenTheBuyerPaysShipping() {
        String id = fixture.create("DELIVERED");
        Map<String, Object> requested = fixture.event(id, "EXCHANGE_REQUEST");
        assertThat(requested).containsEntry("claimStatus", "EXCHANGE_REQUEST").containsEntry("holdbackStatus",
                "HOLDBACK").containsEntry("lastChangedType", "CLAIM_REQUESTED");
        assertThat(path(requested, "detail", "currentClaim", "exchange"))
                .containsEntry("holdbackReason", "EXCHANGE_DELIVERYFEE").containsEntry("holdbackConfigurer", "시스템")
                .containsEntry("claimDeliveryFeeDemandAmount", 6000L);
        fixture.event(id, "PICKUP");
        assertThat(fixture.event(id, "COLLECT_DONE")).containsEntry("claimStatus", "COLLECT_DONE");
        assertThat(fixture.event(id, "WITHDRAW_CLAIM")).containsEntry("claimStatus", "EXCHANGE_REJECT")
                .containsEntry("lastChangedType", "CLAIM_REJECTED");
    }

    @Test
    void addressChangesMarkTheWholeOrder() {
        List<String> ids = fixture.create("PAYED", 2);
        later();
        Map<String, Object> changed = fixture.event(ids.get(0), "ADDRESS_CHANGE");
        assertThat(changed).containsEntry("receiverAddressChanged", true)
                .containsEntry("lastChangedType", "DELIVERY_ADDRESS_CHANGED").containsEntry("lastChangedDate", now());
        assertThat(fixture.state(ids.get(1))).containsEntry("receiverAddressChanged", true)
                .containsEntry("lastChangedType", "DELIVERY_ADDRESS_CHANGED");
        String shipped = fixture.create("DELIVERING");
        assertThat(fixture.shop.event(body("productOrderId", shipped, "event", "ADDRESS_CHANGE")).status())
                .isEqualTo(409);
    }

    @Test
    void giftsWaitForTheRecipient() {
        ApiResult created = fixture.shop.createOrder(body("state", "PAYED", "gift", true, "buyerName", "김민준"));
        String id = strings(map(created.data()).get("productOrderIds")).get(0);
        Map<String, Object> detail = fixture.detail(id);
        assertThat(path(detail, "order")).containsEntry("ordererName", "김*준");
        assertThat((String) path(detail, "order").get("ordererTel")).matches("010-\\*{4}-\\d{4}");
        assertThat(path(detail, "productOrder")).containsEntry("giftReceivingStatus", "WAIT_FOR_RECEIVING");
        assertThat(path(detail, "productOrder", "shippingAddress")).doesNotContainKey("baseAddress")
                .containsKeys("name", "tel1");
        later();
        Map<String, Object> accepted = fixture.event(id, "GIFT_ACCEPT");
        assertThat(accepted).containsEntry("giftReceivingStatus", "RECEIVED")
                .containsEntry("lastChangedType", "GIFT_RECEIVED").containsEntry("lastChangedDate", now());
        assertThat(path(accepted, "detail", "productOrder", "shippingAddress")).containsKeys("baseAddress", "zipCode");
        assertThat(fixture.shop.event(body("productOrderId", id, "event", "GIFT_ACCEPT")).code()).isEqualTo("105306");
    }

    @Test
    void adminCancelAndDecisionHoldbackAreNaverSideClaims() {
        String id = fixture.create("CONFIRMED");
        assertThat(fixture.event(id, "ADMIN_CANCEL")).containsEntry("claimType", "ADMIN_CANCEL")
                .containsEntry("claimStatus", "ADMIN_CANCELING").containsEntry("lastChangedType", "CLAIM_REQUESTED");
        assertThat(fixture.event(id, "ADMIN_CANCEL_DONE")).containsEntry("claimStatus", "ADMIN_CANCEL_DONE")
                .containsEntry("productOrderStatus", "CANCELED").containsEntry("lastChangedType", "CLAIM_COMPLETED");
        assertThat(path(fixture.detail(id), "currentClaim", "cancel")).containsEntry("requestChannel", "관리자");

        String held = fixture.create("DELIVERED");
        assertThat(fixture.event(held, "DECISION_HOLDBACK")).containsEntry("claimStatus",
                "PURCHASE_DECISION_HOLDBACK");
        assertThat(fixture.shop.event(body("productOrderId", held, "event", "DECIDE")).status()).isEqualTo(409);
        fixture.event(held, "DECISION_REQUEST");
        assertThat(fixture.event(held, "DECISION_HOLDBACK_RELEASE")).containsEntry("claimStatus",
                "PURCHASE_DECISION_HOLDBACK_RELEASE");
        assertThat(fixture.event(held, "DECIDE")).containsEntry("productOrderStatus", "PURCHASE_DECIDED");
    }

    @Test
    void eventsTheStateDoesNotAllowAreConflicts() {
        String id = fixture.create("PAYED");
        ApiResult result = fixture.shop.event(body("productOrderId", id, "event", "DELIVER"));
        assertThat(result.status()).isEqualTo(409);
        assertThat(result.code()).isEqualTo("104442");
        assertThat(result.message()).contains("DELIVER").contains("PAYED");
        assertThat(fixture.shop.event(body("productOrderId", "2026010100000000", "event", "PAY")).status())
                .isEqualTo(404);
        assertThat(fixture.shop.event(body("productOrderId", id, "event", "TELEPORT")).status()).isEqualTo(400);
        assertThat(fixture.shop.event(body("event", "PAY")).status()).isEqualTo(400);
        assertThat(fixture.shop.event(body("productOrderId", id, "event", "RETURN_REQUEST", "reason", "WHY"))
                .status()).isEqualTo(400);
    }

    @Test
    void aRefusedTransitionChangesNothing() {
        String id = fixture.create("DELIVERING");
        String before = JsonText.of(fixture.state(id));
        fixture.onOrder(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT"));
        fixture.post(Endpoint.CONFIRM, body("productOrderIds", List.of(id)));
        fixture.shop.event(body("productOrderId", id, "event", "PAY"));
        assertThat(JsonText.of(fixture.state(id))).isEqualTo(before);
    }

    private ApiResult advanceClock(double minutes) {
        ApiResult result = fixture.shop.advanceClock(body("advanceMinutes", minutes));
        assertThat(result.status()).isEqualTo(200);
        return result;
    }

    private void later() {
        fixture.advance(Duration.ofMinutes(7));
    }

    private String now() {
        return Dates.format(fixture.clock.instant());
    }
}
