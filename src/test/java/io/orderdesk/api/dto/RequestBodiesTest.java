package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.ReturnRequestReason;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as they go on the wire: Naver's exact field names, codes rather than enum names, date-times in KST
 * with milliseconds, and absent fields left out. Where the docs give a concrete body (reference §9.3) it is matched
 * byte for byte.
 */
class RequestBodiesTest {

    private static final OffsetDateTime JUNE_5_UTC = OffsetDateTime.of(2022, 6, 5, 3, 17, 35, 0, ZoneOffset.UTC);

    @Test
    void delayMatchesTheDocumentedBodyEvenWhenTheDueDateIsInUtc() {
        DelayRequest request = new DelayRequest(JUNE_5_UTC, DelayedDispatchReason.PRODUCT_PREPARE, "상품 준비중입니다.");

        assertThat(toJson(DelayRequest.class, request)).isEqualTo(
                "{\"dispatchDueDate\":\"2022-06-05T12:17:35.000+09:00\","
                + "\"delayedDispatchReason\":\"PRODUCT_PREPARE\",\"dispatchDelayedDetailedReason\":\"상품 준비중입니다.\"}");
    }

    @Test
    void dispatchUsesCodesAndKstDates() {
        DispatchRequest request = new DispatchRequest(List.of(new DispatchProductOrder("2022040521691281",
                DeliveryMethod.DELIVERY, DeliveryCompany.HOME_1004, "684512907731",
                OffsetDateTime.of(2022, 4, 5, 3, 17, 35, 0, ZoneOffset.UTC))));

        assertThat(toJson(DispatchRequest.class, request)).isEqualTo("{\"dispatchProductOrders\":[{"
                + "\"productOrderId\":\"2022040521691281\",\"deliveryMethod\":\"DELIVERY\","
                + "\"deliveryCompanyCode\":\"1004HOME\",\"trackingNumber\":\"684512907731\","
                + "\"dispatchDate\":\"2022-04-05T12:17:35.000+09:00\"}]}");
    }

    @Test
    void dispatchWithoutParcelLeavesCarrierAndTrackingOut() {
        DispatchRequest request = new DispatchRequest(List.of(new DispatchProductOrder("2022040521691281",
                DeliveryMethod.DIRECT_DELIVERY, null, null, JUNE_5_UTC)));

        assertThat(toJson(DispatchRequest.class, request)).isEqualTo("{\"dispatchProductOrders\":[{"
                + "\"productOrderId\":\"2022040521691281\",\"deliveryMethod\":\"DIRECT_DELIVERY\","
                + "\"dispatchDate\":\"2022-06-05T12:17:35.000+09:00\"}]}");
    }

    @Test
    void cancelWithoutQuantityOmitsIt() {
        CancelRequest request = new CancelRequest(CancelRequestReason.SOLD_OUT, "재고 소진으로 판매 취소합니다.", null);

        assertThat(toJson(CancelRequest.class, request))
                .isEqualTo("{\"cancelReason\":\"SOLD_OUT\",\"cancelDetailedReason\":\"재고 소진으로 판매 취소합니다.\"}");
    }

    @Test
    void returnRequestKeepsTheDocumentedFieldNames() {
        ReturnRequest request = new ReturnRequest(ReturnRequestReason.BROKEN, DeliveryMethod.DELIVERY,
                DeliveryCompany.KGB, "D2485799470", 1);

        assertThat(toJson(ReturnRequest.class, request)).isEqualTo("{\"returnReason\":\"BROKEN\","
                + "\"collectDeliveryMethod\":\"DELIVERY\",\"collectDeliveryCompany\":\"KGB\","
                + "\"collectTrackingNumber\":\"D2485799470\",\"returnQuantity\":1}");
    }

    @Test
    void rejectBodiesMatchTheDocs() {
        assertThat(toJson(RejectReturnRequest.class, new RejectReturnRequest("고객님께서 통화로 교환을 원하셨습니다.")))
                .isEqualTo("{\"rejectReturnReason\":\"고객님께서 통화로 교환을 원하셨습니다.\"}");
        assertThat(toJson(RejectExchangeRequest.class, new RejectExchangeRequest("착용한 상품은 교환할 수 없습니다.")))
                .isEqualTo("{\"rejectExchangeReason\":\"착용한 상품은 교환할 수 없습니다.\"}");
    }

    @Test
    void holdbacksUseTheirOwnFieldNamesAndNaversSpelling() {
        ReturnHoldbackRequest ret =
                new ReturnHoldbackRequest(HoldbackReason.RETURN_DELIVERYFEE_AND_EXTRAFEEE, "미입고", 0L);
        ExchangeHoldbackRequest exchange =
                new ExchangeHoldbackRequest(HoldbackReason.EXCHANGE_EXTRAFEE, "미입고 상태", 3_000L);

        assertThat(toJson(ReturnHoldbackRequest.class, ret)).isEqualTo("{\"holdbackClassType\":"
                + "\"RETURN_DELIVERYFEE_AND_EXTRAFEEE\",\"holdbackReturnDetailReason\":\"미입고\","
                + "\"extraReturnFeeAmount\":0}");
        assertThat(toJson(ExchangeHoldbackRequest.class, exchange)).isEqualTo("{\"holdbackClassType\":"
                + "\"EXCHANGE_EXTRAFEE\",\"holdbackExchangeDetailReason\":\"미입고 상태\",\"extraExchangeFeeAmount\":3000}");
    }

    @Test
    void exchangeRedeliveryMatchesTheDocs() {
        ExchangeRedeliveryRequest request =
                new ExchangeRedeliveryRequest(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, "1111111115");

        assertThat(toJson(ExchangeRedeliveryRequest.class, request)).isEqualTo("{\"reDeliveryMethod\":\"DELIVERY\","
                + "\"reDeliveryCompany\":\"CJGLS\",\"reDeliveryTrackingNumber\":\"1111111115\"}");
    }

    @Test
    void queryAndConfirmBodies() {
        assertThat(toJson(QueryRequest.class, new QueryRequest(List.of("2022040521691281", "2022040521691951"), true)))
                .isEqualTo("{\"productOrderIds\":[\"2022040521691281\",\"2022040521691951\"],"
                        + "\"quantityClaimCompatibility\":true}");
        assertThat(toJson(QueryRequest.class, new QueryRequest(List.of("2022040521691281"), null)))
                .isEqualTo("{\"productOrderIds\":[\"2022040521691281\"]}");
        assertThat(toJson(ConfirmRequest.class, new ConfirmRequest(List.of("2022040521691281"))))
                .isEqualTo("{\"productOrderIds\":[\"2022040521691281\"]}");
    }

    @Test
    void aRequestReadsBackToTheSameValue() throws IOException {
        DelayRequest request = new DelayRequest(JUNE_5_UTC, DelayedDispatchReason.CUSTOM_BUILD, "주문 제작 상품");

        DelayRequest back = Fixtures.MOSHI.adapter(DelayRequest.class).fromJson(toJson(DelayRequest.class, request));

        assertThat(back.delayedDispatchReason()).isEqualTo(DelayedDispatchReason.CUSTOM_BUILD);
        assertThat(back.dispatchDueDate().toInstant()).isEqualTo(JUNE_5_UTC.toInstant());
    }

    private static <T> String toJson(Class<T> type, T value) {
        return Fixtures.MOSHI.adapter(type).toJson(value);
    }
}
