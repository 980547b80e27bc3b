package io.orderdesk.contract;

import static io.orderdesk.contract.ContractSandbox.newTracking;
import static io.orderdesk.contract.ContractSandbox.parcel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.ExchangeRedeliveryRequest;
import io.orderdesk.api.dto.FailInfo;
import io.orderdesk.api.dto.RejectReturnRequest;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.api.error.ErrorMapper;
import io.orderdesk.api.error.InvalidInputException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.RequestRejectedException;
import io.orderdesk.domain.ApiErrorCode;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.sandbox.Endpoint;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every per-line failure code of the issue as the real client receives it: HTTP 200 with the line in
 * {@code failProductOrderInfos}, the product order left as it was. Then the request-level refusals: duplicate ids
 * (which our client refuses itself) and a malformed request (400 {@code 4000}).
 */
class FailureCodesContractTest {

    private static final String CONFIRM_PATH = "/v1/pay-order/mall/product-orders/confirm";
    private static final String DISPATCH_PATH = "/v1/pay-order/mall/product-orders/dispatch";

    private static ContractSandbox fx;
    private static NpayOrderClient client;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(11, 40, 1);
        client = fx.client;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aWrongProductOrderStateIs104442() {
        String delivering = fx.createOne("DELIVERING");
        String payed = fx.createOne("PAYED");

        assertFailed(client.confirm(List.of(delivering)).data().failProductOrderInfos(), delivering, "104442");
        assertFailed(client.cancelApprove(payed), payed, "104442");
        assertFailed(client.returnReject(payed, new RejectReturnRequest("반품 요청이 없습니다")), payed, "104442");
        assertThat(status(delivering)).isEqualTo(ProductOrderStatus.DELIVERING);
    }

    @Test
    void dispatchOrDelayBeforeConfirmationIs104443() {
        String id = fx.createOne("PAYED");

        assertFailed(client.dispatch(List.of(parcel(id, DeliveryCompany.CJGLS, newTracking()))), id, "104443");
        assertFailed(client.delay(id, new DelayRequest(fx.nowKst().plusDays(2), DelayedDispatchReason.ETC, "지연")),
                id, "104443");
        assertThat(status(id)).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.NOT_YET);
    }

    @Test
    void askingForTheStateItAlreadyHasIs105306() {
        String confirmed = fx.createOne("CONFIRMED");
        String returning = fx.createOne("DELIVERED");
        fx.event(returning, "RETURN_REQUEST");
        ReturnHoldbackRequest hold = new ReturnHoldbackRequest(HoldbackReason.ETC, "확인 중", null);
        assertThat(client.returnHoldback(returning, hold).data().failProductOrderInfos()).isEmpty();

        assertFailed(client.confirm(List.of(confirmed)).data().failProductOrderInfos(), confirmed, "105306");
        assertFailed(client.returnHoldback(returning, hold), returning, "105306");
        assertThat(client.returnHoldbackRelease(returning).data().failProductOrderInfos()).isEmpty();
        assertFailed(client.returnHoldbackRelease(returning), returning, "105306");
    }

    @Test
    void redeliveringAnExchangeNotYetCollectedIs104417() {
        String id = fx.createOne("DELIVERED");
        fx.event(id, "EXCHANGE_REQUEST");

        assertFailed(client.exchangeDispatch(id,
                new ExchangeRedeliveryRequest(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, newTracking())),
                id, "104417");
        assertThat(fx.detail(id).currentClaim().exchange().claimStatus().raw()).isEqualTo("EXCHANGE_REQUEST");
    }

    @Test
    void theDeliveryMethodMustFitTheProduct() {
        String noDelivery = fx.noDeliveryLine("CONFIRMED");
        String parcelGoods = fx.createOne("CONFIRMED");
        String other = fx.createOne("CONFIRMED");

        NpayResponse<BulkResult> response = client.dispatch(List.of(
                parcel(noDelivery, DeliveryCompany.CJGLS, newTracking()),
                new DispatchProductOrder(parcelGoods, DeliveryMethod.NOTHING, null, null, null),
                new DispatchProductOrder(other, DeliveryMethod.RETURN_DELIVERY, null, null, null)));

        assertThat(response.data().successProductOrderIds()).isEmpty();
        assertThat(response.data().failProductOrderInfos()).extracting(FailInfo::productOrderId, FailInfo::code)
                .containsExactly(tuple(noDelivery, "104116"), tuple(parcelGoods, "104117"), tuple(other, "104117"));
        assertThat(status(noDelivery)).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(status(parcelGoods)).isEqualTo(ProductOrderStatus.PAYED);
    }

    @Test
    void parcelDispatchNeedsAKnownCarrierAndAValidUnusedTrackingNumber() {
        String shipped = fx.createOne("CONFIRMED");
        String used = newTracking();
        assertThat(client.dispatch(List.of(parcel(shipped, DeliveryCompany.HANJIN, used))).data()
                .failProductOrderInfos()).isEmpty();
        List<String> ids = fx.createOrder("CONFIRMED", 5).productOrderIds();
        List<String> others = List.of(fx.createOne("CONFIRMED"));

        NpayResponse<BulkResult> response = client.dispatch(List.of(
                parcel(ids.get(0), null, newTracking()),
                parcel(ids.get(1), DeliveryCompany.UNKNOWN, newTracking()),
                parcel(ids.get(2), DeliveryCompany.CJGLS, null),
                parcel(ids.get(3), DeliveryCompany.CJGLS, "1111111111"),
                parcel(ids.get(4), DeliveryCompany.CJGLS, "12-34"),
                parcel(others.get(0), DeliveryCompany.HANJIN, used)));

        assertThat(response.data().successProductOrderIds()).isEmpty();
        assertThat(response.data().failProductOrderInfos()).extracting(FailInfo::productOrderId, FailInfo::code)
                .containsExactly(tuple(ids.get(0), "104118"), tuple(ids.get(1), "104119"),
                        tuple(ids.get(2), "104120"), tuple(ids.get(3), "104122"), tuple(ids.get(4), "104122"),
                        tuple(others.get(0), "104121"));
        assertThat(response.data().failProductOrderInfos()).allSatisfy(fail -> {
            assertThat(fail.errorCode().isKnown()).isTrue();
            assertThat(fail.message()).isEqualTo(fail.errorCode().value().label());
        });
        for (String id : ids) {
            assertThat(status(id)).isEqualTo(ProductOrderStatus.PAYED);
        }
    }

    @Test
    void unknownAndForeignProductOrdersAre100001And101009() {
        String foreign = fx.shop().foreignProductOrderIds().get(0);
        String unknown = "2099010112345678";
        String mine = fx.createOne("PAYED");

        List<FailInfo> confirm = client.confirm(List.of(unknown, mine, foreign)).data().failProductOrderInfos();
        assertThat(confirm).extracting(FailInfo::productOrderId, FailInfo::code)
                .containsExactly(tuple(unknown, "100001"), tuple(foreign, "101009"));
        assertThat(confirm).extracting(fail -> fail.errorCode().value())
                .containsExactly(ApiErrorCode.PRODUCT_ORDER_NOT_FOUND, ApiErrorCode.PRODUCT_ORDER_NOT_PERMITTED);
        assertFailed(client.cancelRequest(foreign, new CancelRequest(CancelRequestReason.SOLD_OUT, null, null)),
                foreign, "101009");
        assertFailed(client.returnApprove(unknown), unknown, "100001");
        assertThat(fx.view(foreign).get("placeOrderStatus")).isEqualTo("NOT_YET");
    }

    @Test
    void aDueDateOutsideTheAllowedRangeIs104105() {
        String id = fx.createOne("CONFIRMED");

        assertFailed(client.delay(id, new DelayRequest(fx.nowKst().plusDays(91), DelayedDispatchReason.ETC, "x")),
                id, "104105");
        assertFailed(client.delay(id, new DelayRequest(fx.nowKst().minusHours(1), DelayedDispatchReason.ETC, "x")),
                id, "104105");
        assertThat(fx.detail(id).productOrder().delayedDispatchReason()).isNull();
    }

    @Test
    void theClientRefusesDuplicateIdsItselfAndTheSandboxAnswers104131() {
        String first = fx.createOne("PAYED");
        String second = fx.createOne("CONFIRMED");
        int confirmsBefore = fx.calls(Endpoint.CONFIRM.name()).size();
        int dispatchesBefore = fx.calls(Endpoint.DISPATCH.name()).size();

        assertThatThrownBy(() -> client.confirm(List.of(first, first)))
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.userMessage()).contains(first));
        assertThatThrownBy(() -> client.dispatch(List.of(
                new DispatchProductOrder(second, DeliveryMethod.DIRECT_DELIVERY, null, null, null),
                new DispatchProductOrder(second, DeliveryMethod.DIRECT_DELIVERY, null, null, null))))
                .isInstanceOf(RequestRejectedException.class);
        assertThat(fx.calls(Endpoint.CONFIRM.name())).hasSize(confirmsBefore);
        assertThat(fx.calls(Endpoint.DISPATCH.name())).hasSize(dispatchesBefore);

        ContractSandbox.RawResponse confirm = fx.post(CONFIRM_PATH,
                ContractSandbox.toJson(Map.of("productOrderIds", List.of(first, first))));
        ContractSandbox.RawResponse dispatch = fx.post(DISPATCH_PATH, ContractSandbox.toJson(Map.of(
                "dispatchProductOrders", List.of(Map.of("productOrderId", second, "deliveryMethod", "DIRECT_DELIVERY"),
                        Map.of("productOrderId", second, "deliveryMethod", "DIRECT_DELIVERY")))));

        assertThat(confirm.status()).isEqualTo(200);
        Map<?, ?> confirmData = (Map<?, ?>) confirm.json().get("data");
        assertThat(ContractSandbox.list(confirmData.get("successProductOrderInfos"))).hasSize(1);
        assertThat(ContractSandbox.list(confirmData.get("failProductOrderInfos"))).containsExactly(
                Map.of("productOrderId", first, "code", "104131", "message", "상품 주문 번호 중복"));
        assertThat(dispatch.status()).isEqualTo(200);
        Map<?, ?> dispatchData = (Map<?, ?>) dispatch.json().get("data");
        assertThat(ContractSandbox.list(dispatchData.get("successProductOrderIds"))).containsExactly(second);
        assertThat(ContractSandbox.list(dispatchData.get("failProductOrderInfos")))
                .extracting(fail -> (Object) ((Map<?, ?>) fail).get("code")).containsExactly("104131");
        assertThat(status(second)).isEqualTo(ProductOrderStatus.DELIVERING);
    }

    @Test
    void aRequiredFieldLeftOutIsA400WithCode4000() {
        String returning = fx.createOne("DELIVERED");
        fx.event(returning, "RETURN_REQUEST");
        String confirmed = fx.createOne("CONFIRMED");

        assertThatThrownBy(() -> client.returnReject(returning, new RejectReturnRequest(null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertInvalid(e, "rejectReturnReason"));
        assertThatThrownBy(() -> client.cancelRequest(confirmed, new CancelRequest(null, "사유", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertInvalid(e, "cancelReason"));
        assertThatThrownBy(() -> client.delay(confirmed, new DelayRequest(null, DelayedDispatchReason.ETC, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertInvalid(e, "dispatchDueDate"));
        assertThat(fx.detail(returning).productOrder().claimStatus().raw()).isEqualTo("RETURN_REQUEST");
        assertThat(status(confirmed)).isEqualTo(ProductOrderStatus.PAYED);
    }

    @Test
    void aShapeTheTypedClientCannotSendIsA400WithCode4000() {
        String id = fx.createOne("PAYED");

        ContractSandbox.RawResponse notAList = fx.post(CONFIRM_PATH, "{\"productOrderIds\":\"" + id + "\"}");
        ContractSandbox.RawResponse notJson = fx.post(CONFIRM_PATH, "{\"productOrderIds\":[\"" + id + "\"");

        for (ContractSandbox.RawResponse raw : List.of(notAList, notJson)) {
            assertThat(raw.status()).as(raw.body()).isEqualTo(400);
            assertThat(raw.json().get("code")).isEqualTo("4000");
            NpayApiException mapped = new ErrorMapper().fromResponse("confirm", true, raw.status(),
                    Headers.of(Map.of("GNCP-GW-Trace-ID", "t")), raw.body());
            assertThat(mapped).isInstanceOf(InvalidInputException.class);
            assertThat(mapped.code()).isEqualTo("4000");
        }
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.NOT_YET);
    }

    private static void assertInvalid(InvalidInputException e, String field) {
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("4000");
        assertThat(e.apiMessage()).contains(field);
        assertThat(e.traceId()).isNotBlank();
    }

    private static ProductOrderStatus status(String id) {
        return fx.detail(id).productOrder().productOrderStatus().value();
    }

    private static void assertFailed(NpayResponse<BulkResult> response, String id, String code) {
        assertThat(response.data().successProductOrderIds()).isEmpty();
        assertFailed(response.data().failProductOrderInfos(), id, code);
    }

    private static void assertFailed(List<FailInfo> failures, String id, String code) {
        assertThat(failures).extracting(FailInfo::productOrderId, FailInfo::code).containsExactly(tuple(id, code));
        assertThat(failures.get(0).message()).isNotBlank();
    }
}
