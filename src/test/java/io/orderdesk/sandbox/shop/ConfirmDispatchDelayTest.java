package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.body;
import static io.orderdesk.sandbox.shop.ShopFixture.bulk;
import static io.orderdesk.sandbox.shop.ShopFixture.failure;
import static io.orderdesk.sandbox.shop.ShopFixture.list;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.path;
import static io.orderdesk.sandbox.shop.ShopFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmDispatchDelayTest {

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void confirmSetsThePlaceOrderStatusWithoutTouchingTheFeed() {
        String id = fixture.create("PAYED");
        fixture.advance(Duration.ofMinutes(30));
        Map<String, Object> data = bulk(confirm(id));
        assertThat(list(data.get("successProductOrderInfos")))
                .containsExactly(Map.of("productOrderId", id, "isReceiverAddressChanged", false));
        assertThat(list(data.get("failProductOrderInfos"))).isEmpty();
        Map<String, Object> state = fixture.state(id);
        assertThat(state.get("placeOrderStatus")).isEqualTo("OK");
        assertThat(state.get("lastChangedType")).isEqualTo("PAYED");
        assertThat(state.get("lastChangedDate")).isEqualTo(Dates.format(ShopFixture.START));
        assertThat(path(state, "detail", "productOrder").get("placeOrderDate"))
                .isEqualTo(Dates.format(fixture.clock.instant()));
    }

    @Test
    void confirmReportsAChangedAddress() {
        String id = fixture.create("PAYED");
        fixture.event(id, "ADDRESS_CHANGE");
        Map<String, Object> success = map(list(bulk(confirm(id)).get("successProductOrderInfos")).get(0));
        assertThat(success.get("isReceiverAddressChanged")).isEqualTo(true);
    }

    @Test
    void confirmFailsPerLine() {
        String confirmed = fixture.create("CONFIRMED");
        String shipped = fixture.create("DELIVERING");
        String paid = fixture.create("PAYED");
        String foreign = fixture.shop.foreignProductOrderIds().get(0);
        assertThat(failure(confirm(confirmed))).isEqualTo("105306 변경을 요청한 상태가 기존과 동일");
        assertThat(failure(confirm(shipped))).isEqualTo("104442 상품 주문 상태 확인 필요");
        assertThat(failure(confirm("2026010100000000"))).isEqualTo("100001 상품 주문을 찾을 수 없음");
        assertThat(failure(confirm(foreign))).isEqualTo("101009 처리 권한이 없는 상품 주문 번호를 요청");
        Map<String, Object> twice = bulk(confirm(paid, paid));
        assertThat(list(twice.get("successProductOrderInfos"))).hasSize(1);
        assertThat(map(list(twice.get("failProductOrderInfos")).get(0))).containsEntry("code", "104131");
    }

    @Test
    void confirmTakesOneToThirtyIds() {
        assertBad(fixture.post(Endpoint.CONFIRM, body("productOrderIds", List.of())), "productOrderIds");
        assertBad(fixture.post(Endpoint.CONFIRM, body("productOrderIds", Collections.nCopies(31, "1"))),
                "productOrderIds");
        assertBad(fixture.post(Endpoint.CONFIRM, body()), "productOrderIds");
    }

    @Test
    void dispatchShipsAndFeedsDispatched() {
        String id = fixture.create("CONFIRMED");
        fixture.advance(Duration.ofHours(2));
        assertThat(succeeded(dispatch(line(id, "DELIVERY", "CJGLS", "6012-3456-7890")))).containsExactly(id);
        Map<String, Object> state = fixture.state(id);
        assertThat(state.get("productOrderStatus")).isEqualTo("DELIVERING");
        assertThat(state.get("lastChangedType")).isEqualTo("DISPATCHED");
        assertThat(state.get("lastChangedDate")).isEqualTo(Dates.format(fixture.clock.instant()));
        Map<String, Object> delivery = path(state, "detail", "delivery");
        assertThat(delivery).containsEntry("deliveryCompany", "CJGLS").containsEntry("trackingNumber", "601234567890")
                .containsEntry("deliveryMethod", "DELIVERY").containsEntry("deliveryStatus", "COLLECT_WAIT")
                .containsEntry("sendDate", Dates.format(fixture.clock.instant()));
    }

    @Test
    void dispatchNeedsConfirmationAndAnAcceptedGift() {
        assertThat(failure(dispatch(line(fixture.create("PAYED"), "DELIVERY", "CJGLS", "601234567890"))))
                .isEqualTo("104443 발주 상태 확인 필요");
        String gift = ShopFixture.strings(map(fixture.shop.createOrder(body("state", "CONFIRMED", "gift", true))
                .data()).get("productOrderIds")).get(0);
        assertThat(failure(dispatch(line(gift, "DELIVERY", "CJGLS", "601234567891"))))
                .startsWith("104442");
        fixture.event(gift, "GIFT_ACCEPT");
        assertThat(succeeded(dispatch(line(gift, "DELIVERY", "CJGLS", "601234567891")))).containsExactly(gift);
    }

    @Test
    void dispatchChecksCarrierAndTrackingNumber() {
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", null, "601234567890"))).isEqualTo("104118");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "LOTTE", "601234567890"))).isEqualTo("104119");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "HANJIN", " "))).isEqualTo("104120");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "HANJIN", "12-34"))).isEqualTo("104122");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "HANJIN", "1111111111"))).isEqualTo("104122");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "HANJIN", "송장번호12345678")))
                .isEqualTo("104122");
        assertThat(code(line(fixture.create("CONFIRMED"), "RETURN_DELIVERY", null, null))).isEqualTo("104117");
        assertThat(succeeded(dispatch(line(fixture.create("CONFIRMED"), "DELIVERY", "EPOST", "AB12345678KR"))))
                .hasSize(1);
        assertThat(succeeded(dispatch(line(fixture.create("CONFIRMED"), "DIRECT_DELIVERY", null, null))))
                .hasSize(1);
    }

    @Test
    void aTrackingNumberMayServeOneOrderOnly() {
        List<String> sameOrder = fixture.create("CONFIRMED", 2);
        String otherOrder = fixture.create("CONFIRMED");
        ApiResult result = dispatch(line(sameOrder.get(0), "DELIVERY", "KGB", "40112345678"),
                line(sameOrder.get(1), "DELIVERY", "KGB", "401-1234-5678"),
                line(otherOrder, "DELIVERY", "KGB", "40112345678"));
        Map<String, Object> data = bulk(result);
        assertThat(ShopFixture.strings(data.get("successProductOrderIds"))).containsExactlyElementsOf(sameOrder);
        assertThat(map(list(data.get("failProductOrderInfos")).get(0))).containsEntry("productOrderId", otherOrder)
                .containsEntry("code", "104121").containsEntry("message", "배송 송장 오류(기사용 송장)");
        assertThat(code(line(fixture.create("CONFIRMED"), "DELIVERY", "CJGLS", "40112345678"))).isNull();
    }

    @Test
    void aNoDeliveryProductCannotGoByParcel() {
        String ticket = null;
        for (int i = 0; i < 200 && ticket == null; i++) {
            String id = fixture.create("CONFIRMED");
            if ("NOTHING".equals(path(fixture.detail(id), "productOrder").get("expectedDeliveryMethod"))) {
                ticket = id;
            }
        }
        assertThat(ticket).isNotNull();
        assertThat(code(line(ticket, "DELIVERY", "CJGLS", "601234567899"))).isEqualTo("104116");
        assertThat(code(line(ticket, "NOTHING", null, null))).isNull();
    }

    @Test
    void dispatchOverAPendingCancelRequestWithdrawsIt() {
        String id = fixture.create("CONFIRMED");
        fixture.event(id, "CANCEL_REQUEST");
        assertThat(succeeded(dispatch(line(id, "DELIVERY", "CJGLS", "601234567890")))).containsExactly(id);
        Map<String, Object> state = fixture.state(id);
        assertThat(state).containsEntry("productOrderStatus", "DELIVERING").containsEntry("claimStatus", "CANCEL_REJECT")
                .containsEntry("lastChangedType", "DISPATCHED");
    }

    @Test
    void dispatchFailsPerLineForUnknownForeignAndRepeatedIds() {
        String id = fixture.create("CONFIRMED");
        String foreign = fixture.shop.foreignProductOrderIds().get(0);
        Map<String, Object> data = bulk(dispatch(line(id, "DIRECT_DELIVERY", null, null),
                line(id, "DIRECT_DELIVERY", null, null), line("2026010100000000", "DIRECT_DELIVERY", null, null),
                line(foreign, "DIRECT_DELIVERY", null, null)));
        assertThat(ShopFixture.strings(data.get("successProductOrderIds"))).containsExactly(id);
        List<Object> codes = new ArrayList<>();
        list(data.get("failProductOrderInfos")).forEach(item -> codes.add(map(item).get("code")));
        assertThat(codes).containsExactly("104131", "100001", "101009");
    }

    @Test
    void dispatchRefusesMalformedLinesAsAWhole() {
        String id = fixture.create("CONFIRMED");
        assertBad(dispatch(body("productOrderId", id)), "dispatchProductOrders[0].deliveryMethod");
        assertBad(dispatch(line(id, "TRUCK", null, null)), "deliveryMethod");
        Map<String, Object> badDate = line(id, "DELIVERY", "CJGLS", "601234567890");
        badDate.put("dispatchDate", "어제");
        assertBad(dispatch(badDate), "dispatchDate");
        assertBad(fixture.post(Endpoint.DISPATCH, body("dispatchProductOrders",
                Collections.nCopies(31, line(id, "DIRECT_DELIVERY", null, null)))), "dispatchProductOrders");
        assertBad(fixture.post(Endpoint.DISPATCH, body("dispatchProductOrders", List.of("x"))), "dispatchProductOrders");
        assertThat(fixture.state(id).get("productOrderStatus")).isEqualTo("PAYED");
    }

    @Test
    void delayMovesTheShippingDueDateQuietly() {
        String id = fixture.create("CONFIRMED");
        String due = Dates.format(ShopFixture.START.plus(Duration.ofDays(5)));
        assertThat(succeeded(delay(id, due, "PRODUCT_PREPARE"))).containsExactly(id);
        Map<String, Object> state = fixture.state(id);
        assertThat(path(state, "detail", "productOrder")).containsEntry("shippingDueDate", due)
                .containsEntry("delayedDispatchReason", "PRODUCT_PREPARE")
                .containsEntry("delayedDispatchDetailedReason", "입고 지연");
        assertThat(state.get("lastChangedType")).isEqualTo("PAYED");
    }

    @Test
    void delayFailsPerLineForStateAndDueDate() {
        String future = Dates.format(ShopFixture.START.plus(Duration.ofDays(3)));
        assertThat(failure(delay(fixture.create("PAYED"), future, "CUSTOM_BUILD"))).startsWith("104443");
        assertThat(failure(delay(fixture.create("DELIVERING"), future, "CUSTOM_BUILD"))).startsWith("104442");
        String confirmed = fixture.create("CONFIRMED");
        assertThat(failure(delay(confirmed, Dates.format(ShopFixture.START.minusSeconds(1)), "ETC")))
                .isEqualTo("104105 발송 기한 입력 범위 초과");
        assertThat(failure(delay(confirmed, Dates.format(ShopFixture.START.plus(Duration.ofDays(91))), "ETC")))
                .startsWith("104105");
        assertBad(fixture.onOrder(Endpoint.DELAY, confirmed, body("dispatchDueDate", future)), "delayedDispatchReason");
        assertBad(delay(confirmed, future, "BUSY"), "delayedDispatchReason");
        assertBad(fixture.onOrder(Endpoint.DELAY, confirmed, body("delayedDispatchReason", "ETC")), "dispatchDueDate");
    }

    private ApiResult confirm(String... ids) {
        return fixture.post(Endpoint.CONFIRM, body("productOrderIds", List.of(ids)));
    }

    @SafeVarargs
    private ApiResult dispatch(Map<String, Object>... lines) {
        return fixture.post(Endpoint.DISPATCH, body("dispatchProductOrders", List.of(lines)));
    }

    private ApiResult delay(String id, String due, String reason) {
        return fixture.onOrder(Endpoint.DELAY, id, body("dispatchDueDate", due, "delayedDispatchReason", reason,
                "dispatchDelayedDetailedReason", "입고 지연"));
    }

    /** The failure code of a one-line dispatch, or null when it succeeded. */
    private String code(Map<String, Object> line) {
        Map<String, Object> data = bulk(dispatch(line));
        List<Object> failures = list(data.get("failProductOrderInfos"));
        return failures.isEmpty() ? null : (String) map(failures.get(0)).get("code");
    }

    static Map<String, Object> line(String id, String method, String company, String tracking) {
        Map<String, Object> line = body("productOrderId", id, "deliveryMethod", method);
        if (company != null) {
            line.put("deliveryCompanyCode", company);
        }
        if (tracking != null) {
            line.put("trackingNumber", tracking);
        }
        return line;
    }

    private static void assertBad(ApiResult result, String field) {
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo("4000");
        assertThat(result.message()).contains(field);
    }
}
