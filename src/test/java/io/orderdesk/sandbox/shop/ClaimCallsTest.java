package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.body;
import static io.orderdesk.sandbox.shop.ShopFixture.failure;
import static io.orderdesk.sandbox.shop.ShopFixture.list;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.path;
import static io.orderdesk.sandbox.shop.ShopFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimCallsTest {

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void sellerCancelCompletesAtOnce() {
        String id = fixture.create("PAYED");
        fixture.advance(Duration.ofMinutes(5));
        assertThat(succeeded(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT",
                "cancelDetailedReason", "재고 소진")))).containsExactly(id);
        Map<String, Object> state = fixture.state(id);
        assertThat(state).containsEntry("productOrderStatus", "CANCELED").containsEntry("claimType", "CANCEL")
                .containsEntry("claimStatus", "CANCEL_DONE").containsEntry("lastChangedType", "CLAIM_COMPLETED")
                .containsEntry("lastChangedDate", Dates.format(fixture.clock.instant()));
        Map<String, Object> cancel = path(state, "detail", "currentClaim", "cancel");
        assertThat(cancel).containsEntry("cancelReason", "SOLD_OUT").containsEntry("requestChannel", "판매자")
                .containsKeys("cancelCompletedDate", "claimRequestDate", "cancelApprovalDate");
        assertThat(list(path(state, "detail").get("completedClaims"))).hasSize(1);
        assertThat(path(state, "detail", "productOrder").get("remainQuantity")).isEqualTo(0);
    }

    @Test
    void partialCancelKeepsTheStatusAndReducesWhatRemains() {
        String id = fixture.createUnits("CONFIRMED", 3);
        long total = (Long) path(fixture.detail(id), "productOrder").get("totalPaymentAmount");
        assertThat(succeeded(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "COLOR_AND_SIZE",
                "cancelQuantity", 1.0)))).containsExactly(id);
        Map<String, Object> state = fixture.state(id);
        Map<String, Object> product = path(state, "detail", "productOrder");
        assertThat(state).containsEntry("productOrderStatus", "PAYED").containsEntry("lastChangedType",
                "CLAIM_COMPLETED").doesNotContainKey("claimType");
        assertThat(product).containsEntry("quantity", 3).containsEntry("remainQuantity", 2)
                .containsEntry("totalPaymentAmount", total).containsEntry("remainPaymentAmount", total * 2 / 3);
        Map<String, Object> completed = map(list(path(state, "detail").get("completedClaims")).get(0));
        assertThat(completed).containsEntry("claimType", "CANCEL").containsEntry("claimStatus", "CANCEL_DONE")
                .containsEntry("requestQuantity", 1).containsEntry("claimRequestReason", "COLOR_AND_SIZE");
        assertThat(failure(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT",
                "cancelQuantity", 5.0)))).startsWith("104133");
        assertThat(succeeded(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT")))).hasSize(1);
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "CANCELED");
        assertThat(list(fixture.detail(id).get("completedClaims"))).hasSize(2);
    }

    @Test
    void cancelRequestNeedsAValidReason() {
        String id = fixture.create("PAYED");
        assertBad(call(Endpoint.CANCEL_REQUEST, id, body()), "cancelReason");
        assertBad(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "BROKEN")), "cancelReason");
        assertBad(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT", "cancelQuantity", 0.0)),
                "cancelQuantity");
        assertBad(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT", "cancelQuantity", 1.5)),
                "cancelQuantity");
        assertBad(call(Endpoint.CANCEL_REQUEST, id, body("cancelReason", "SOLD_OUT",
                "cancelDetailedReason", "가".repeat(501))), "cancelDetailedReason");
        assertBad(call(Endpoint.CANCEL_REQUEST, "", body("cancelReason", "SOLD_OUT")), "productOrderId");
        assertThat(failure(call(Endpoint.CANCEL_REQUEST, fixture.create("DELIVERING"),
                body("cancelReason", "SOLD_OUT")))).isEqualTo("104442 상품 주문 상태 확인 필요");
    }

    @Test
    void cancelApproveNeedsABuyerRequest() {
        String id = fixture.create("CONFIRMED");
        assertThat(failure(call(Endpoint.CANCEL_APPROVE, id, null))).startsWith("104442");
        fixture.event(id, "CANCEL_REQUEST");
        assertThat(succeeded(call(Endpoint.CANCEL_APPROVE, id, null))).containsExactly(id);
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "CANCELED")
                .containsEntry("claimStatus", "CANCEL_DONE").containsEntry("lastChangedType", "CLAIM_COMPLETED");
    }

    @Test
    void writesOnUnknownOrForeignProductOrdersFailPerLine() {
        assertThat(failure(call(Endpoint.CANCEL_APPROVE, "2026010100000000", null))).startsWith("100001");
        assertThat(failure(call(Endpoint.RETURN_APPROVE, fixture.shop.foreignProductOrderIds().get(0), null)))
                .startsWith("101009");
    }

    @Test
    void sellerReturnRequestWithATrackingNumberIsAlreadyCollecting() {
        String plain = fixture.create("DELIVERED");
        assertThat(succeeded(call(Endpoint.RETURN_REQUEST, plain, returnBody(null)))).hasSize(1);
        assertThat(fixture.state(plain)).containsEntry("claimStatus", "RETURN_REQUEST")
                .containsEntry("lastChangedType", "CLAIM_REQUESTED");
        String tracked = fixture.create("DELIVERED");
        assertThat(succeeded(call(Endpoint.RETURN_REQUEST, tracked, returnBody("D2485799470")))).hasSize(1);
        Map<String, Object> collect = path(fixture.detail(tracked), "currentClaim", "return");
        assertThat(collect).containsEntry("claimStatus", "COLLECTING").containsEntry("collectStatus", "DELIVERING")
                .containsEntry("collectTrackingNumber", "D2485799470").containsEntry("requestChannel", "판매자");
        assertThat(failure(call(Endpoint.RETURN_REQUEST, fixture.create("PAYED"), returnBody(null))))
                .startsWith("104442");
        assertBad(call(Endpoint.RETURN_REQUEST, plain, body("returnReason", "BROKEN")), "collectDeliveryMethod");
        assertBad(call(Endpoint.RETURN_REQUEST, plain, body("collectDeliveryMethod", "DELIVERY")), "returnReason");
        assertBad(call(Endpoint.RETURN_REQUEST, plain, body("returnReason", "BORED",
                "collectDeliveryMethod", "DELIVERY")), "returnReason");
    }

    @Test
    void partialReturnCompletesIntoHistory() {
        String id = fixture.createUnits("DELIVERED", 2);
        Map<String, Object> body = returnBody(null);
        body.put("returnQuantity", 1.0);
        assertThat(succeeded(call(Endpoint.RETURN_REQUEST, id, body))).hasSize(1);
        fixture.event(id, "PICKUP");
        fixture.event(id, "COLLECT_DONE");
        assertThat(succeeded(call(Endpoint.RETURN_APPROVE, id, null))).hasSize(1);
        Map<String, Object> state = fixture.state(id);
        assertThat(state).containsEntry("productOrderStatus", "DELIVERED").doesNotContainKey("claimType")
                .containsEntry("lastChangedType", "CLAIM_COMPLETED");
        assertThat(path(state, "detail", "productOrder").get("remainQuantity")).isEqualTo(1);
        assertThat(map(list(path(state, "detail").get("completedClaims")).get(0)))
                .containsEntry("claimType", "RETURN").containsEntry("claimStatus", "RETURN_DONE");
    }

    @Test
    void returnHoldbackBlocksApprovalUntilReleased() {
        String id = returnAwaitingApproval();
        Map<String, Object> hold = body("holdbackClassType", "RETURN_DELIVERYFEE",
                "holdbackReturnDetailReason", "반품 배송비 미입금", "extraReturnFeeAmount", 2500.0);
        assertThat(succeeded(call(Endpoint.RETURN_HOLDBACK, id, hold))).hasSize(1);
        assertThat(failure(call(Endpoint.RETURN_HOLDBACK, id, hold))).isEqualTo("105306 변경을 요청한 상태가 기존과 동일");
        assertThat(failure(call(Endpoint.RETURN_APPROVE, id, null))).startsWith("104442");
        Map<String, Object> claim = path(fixture.detail(id), "currentClaim", "return");
        assertThat(claim).containsEntry("holdbackStatus", "HOLDBACK").containsEntry("holdbackReason",
                "RETURN_DELIVERYFEE").containsEntry("etcFeeDemandAmount", 2500L).containsKey("holdbackConfigDate");
        assertThat(fixture.state(id).get("lastChangedType")).isEqualTo("COLLECT_DONE");

        assertThat(succeeded(call(Endpoint.RETURN_HOLDBACK_RELEASE, id, null))).hasSize(1);
        assertThat(failure(call(Endpoint.RETURN_HOLDBACK_RELEASE, id, null))).startsWith("105306");
        assertThat(path(fixture.detail(id), "currentClaim", "return")).containsEntry("holdbackStatus", "RELEASED")
                .containsKey("holdbackReleaseDate");
        assertThat(succeeded(call(Endpoint.RETURN_APPROVE, id, null))).hasSize(1);
        Map<String, Object> state = fixture.state(id);
        assertThat(state).containsEntry("productOrderStatus", "RETURNED").containsEntry("claimStatus", "RETURN_DONE");
        assertThat(path(state, "detail", "currentClaim", "return")).containsKey("returnCompletedDate");
    }

    @Test
    void returnHoldbackNeedsItsFields() {
        String id = returnAwaitingApproval();
        assertBad(call(Endpoint.RETURN_HOLDBACK, id, body("holdbackReturnDetailReason", "x")), "holdbackClassType");
        assertBad(call(Endpoint.RETURN_HOLDBACK, id, body("holdbackClassType", "EXTRAFEE",
                "holdbackReturnDetailReason", "x")), "holdbackClassType");
        assertBad(call(Endpoint.RETURN_HOLDBACK, id, body("holdbackClassType", "EXTRAFEEE")),
                "holdbackReturnDetailReason");
        assertBad(call(Endpoint.RETURN_HOLDBACK, id, body("holdbackClassType", "EXTRAFEEE",
                "holdbackExchangeDetailReason", "x")), "holdbackReturnDetailReason");
    }

    @Test
    void returnRejectNeedsAReasonAndLeavesTheOrderDelivered() {
        String id = returnAwaitingApproval();
        assertBad(call(Endpoint.RETURN_REJECT, id, body()), "rejectReturnReason");
        assertThat(succeeded(call(Endpoint.RETURN_REJECT, id, body("rejectReturnReason", "통화로 교환을 원하셨습니다."))))
                .hasSize(1);
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "DELIVERED")
                .containsEntry("claimStatus", "RETURN_REJECT").containsEntry("lastChangedType", "CLAIM_REJECTED");
        assertThat(failure(call(Endpoint.RETURN_REJECT, id, body("rejectReturnReason", "again")))).startsWith("104442");
    }

    @Test
    void exchangeGoesFromCollectionToRedeliveryToDone() {
        String id = fixture.create("DELIVERED");
        fixture.event(id, "EXCHANGE_REQUEST", "reason", "COLOR_AND_SIZE");
        assertThat(fixture.state(id)).containsEntry("holdbackStatus", "HOLDBACK");
        assertThat(failure(exchangeDispatch(id, "HANJIN", "512345678901"))).isEqualTo(
                "104417 교환 상태 확인 필요(재배송 처리 불가능 주문 상태)");
        fixture.advance(Duration.ofHours(1));
        assertThat(succeeded(call(Endpoint.EXCHANGE_COLLECT_COMPLETE, id, null))).hasSize(1);
        assertThat(fixture.state(id)).containsEntry("claimStatus", "COLLECT_DONE")
                .containsEntry("lastChangedType", "COLLECT_DONE");
        assertThat(failure(call(Endpoint.EXCHANGE_COLLECT_COMPLETE, id, null))).startsWith("105306");
        assertThat(failure(exchangeDispatch(id, "HANJIN", "512345678901"))).startsWith("104417");
        assertThat(succeeded(call(Endpoint.EXCHANGE_HOLDBACK_RELEASE, id, null))).hasSize(1);
        assertThat(failure(exchangeDispatch(id, "HANJIN", null))).startsWith("104120");
        fixture.advance(Duration.ofHours(1));
        assertThat(succeeded(exchangeDispatch(id, "HANJIN", "512345678901"))).hasSize(1);
        Map<String, Object> state = fixture.state(id);
        assertThat(state).containsEntry("claimStatus", "EXCHANGE_REDELIVERING")
                .containsEntry("lastChangedType", "CLAIM_REDELIVERING");
        assertThat(path(state, "detail", "currentClaim", "exchange")).containsEntry("reDeliveryCompany", "HANJIN")
                .containsEntry("reDeliveryTrackingNumber", "512345678901").containsEntry("reDeliveryStatus", "DELIVERING")
                .containsEntry("reDeliveryOperationDate", Dates.format(fixture.clock.instant()));
        fixture.event(id, "REDELIVERED");
        assertThat(fixture.state(id)).containsEntry("productOrderStatus", "EXCHANGED")
                .containsEntry("claimStatus", "EXCHANGE_DONE").containsEntry("lastChangedType", "CLAIM_COMPLETED");
    }

    @Test
    void exchangeHoldbackRejectAndWrongStates() {
        String id = fixture.create("DELIVERED");
        fixture.event(id, "EXCHANGE_REQUEST", "reason", "BROKEN");
        assertThat(fixture.state(id)).doesNotContainKey("holdbackStatus");
        Map<String, Object> hold = body("holdbackClassType", "EXCHANGE_PRODUCT_READY",
                "holdbackExchangeDetailReason", "교환 상품 입고 대기");
        assertBad(call(Endpoint.EXCHANGE_HOLDBACK, id, body("holdbackClassType", "EXCHANGE_PRODUCT_READY",
                "holdbackReturnDetailReason", "x")), "holdbackExchangeDetailReason");
        assertThat(failure(call(Endpoint.EXCHANGE_HOLDBACK_RELEASE, id, null))).startsWith("105306");
        assertThat(succeeded(call(Endpoint.EXCHANGE_HOLDBACK, id, hold))).hasSize(1);
        assertThat(failure(call(Endpoint.EXCHANGE_HOLDBACK, id, hold))).startsWith("105306");
        assertThat(failure(call(Endpoint.RETURN_HOLDBACK, id, body("holdbackClassType", "ETC",
                "holdbackReturnDetailReason", "x")))).startsWith("104442");
        assertBad(call(Endpoint.EXCHANGE_REJECT, id, body()), "rejectExchangeReason");
        assertThat(succeeded(call(Endpoint.EXCHANGE_REJECT, id, body("rejectExchangeReason", "착용 흔적")))).hasSize(1);
        assertThat(fixture.state(id)).containsEntry("claimStatus", "EXCHANGE_REJECT")
                .containsEntry("lastChangedType", "CLAIM_REJECTED").containsEntry("productOrderStatus", "DELIVERED");
        assertThat(failure(call(Endpoint.EXCHANGE_COLLECT_COMPLETE, fixture.create("DELIVERED"), null)))
                .startsWith("104442");
        assertThat(failure(exchangeDispatch(fixture.create("DELIVERED"), "HANJIN", "512345678902")))
                .startsWith("104417");
    }

    @Test
    void aNewClaimAfterAnExchangeShowsTheOldOneAsBeforeClaim() {
        String id = fixture.create("EXCHANGED");
        fixture.event(id, "RETURN_REQUEST");
        Map<String, Object> detail = fixture.detail(id);
        assertThat(path(detail, "beforeClaim", "exchange")).containsEntry("claimStatus", "EXCHANGE_DONE");
        assertThat(path(detail, "currentClaim", "return")).containsEntry("claimStatus", "RETURN_REQUEST");
        assertThat(list(detail.get("completedClaims"))).hasSize(1);
        assertThat(map(list(detail.get("completedClaims")).get(0))).containsEntry("claimType", "EXCHANGE")
                .containsKey("reDeliveryTrackingNumber");
    }

    private String returnAwaitingApproval() {
        String id = fixture.create("DELIVERED");
        fixture.event(id, "RETURN_REQUEST");
        fixture.event(id, "PICKUP");
        fixture.event(id, "COLLECT_DONE");
        return id;
    }

    private ApiResult exchangeDispatch(String id, String company, String tracking) {
        Map<String, Object> body = body("reDeliveryMethod", "DELIVERY", "reDeliveryCompany", company);
        if (tracking != null) {
            body.put("reDeliveryTrackingNumber", tracking);
        }
        return call(Endpoint.EXCHANGE_DISPATCH, id, body);
    }

    private static Map<String, Object> returnBody(String tracking) {
        Map<String, Object> body = body("returnReason", "WRONG_DELIVERY", "collectDeliveryMethod", "DELIVERY",
                "collectDeliveryCompany", "CJGLS");
        if (tracking != null) {
            body.put("collectTrackingNumber", tracking);
        }
        return body;
    }

    private ApiResult call(Endpoint endpoint, String id, Object body) {
        return fixture.onOrder(endpoint, id, body);
    }

    private static void assertBad(ApiResult result, String field) {
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo("4000");
        assertThat(result.message()).contains(field);
    }
}
