package io.orderdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.ConfirmResult;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.ExchangeHoldbackRequest;
import io.orderdesk.api.dto.ExchangeRedeliveryRequest;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.api.dto.ProductOrderPage;
import io.orderdesk.api.dto.RejectExchangeRequest;
import io.orderdesk.api.dto.RejectReturnRequest;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.api.dto.ReturnRequest;
import io.orderdesk.api.dto.ReviewPage;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.RangeType;
import io.orderdesk.domain.ReturnRequestReason;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 21 calls as they leave the client: method, path and query string byte for byte, form or JSON body, the
 * bearer token, and the parsing of the answer.
 */
class NpayOrderClientRequestTest {

    private static final String BASE = "/npay/partner/v1/pay-order/mall/";
    private static final String PO = "2022040521691281";
    private static final OffsetDateTime FROM = OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, ZoneOffset.ofHours(9));
    private static final String BULK_OK = """
            {"timestamp":"2023-01-16T17:14:51.794+09:00","traceId":"tr-bulk",
             "data":{"successProductOrderIds":["2022040521691281"],"failProductOrderInfos":[]}}""";

    private MockNpay npay;
    private NpayOrderClient client;

    @BeforeEach
    void start() throws Exception {
        npay = new MockNpay();
        client = npay.client();
    }

    @AfterEach
    void stop() {
        client.close();
        npay.close();
    }

    @Test
    void tokenIsRequestedAsAFormWithTheReferenceSignature() {
        client.accessToken();

        RecordedRequest token = npay.tokenRequests.get(0);
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getTarget()).isEqualTo("/npay/partner/v1/oauth2/token");
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getHeaders().get("Authorization")).isNull();
        assertThat(token.getBody().utf8()).isEqualTo("client_id=aaaabbbbcccc&timestamp=1643961623299"
                + "&grant_type=client_credentials&client_secret_sign=" + MockNpay.SIGNATURE + "&type=SELF");
    }

    @Test
    void merchantIdIsSentWithTheTokenRequestWhenConfigured() {
        try (NpayOrderClient withMerchant = NpayOrderClient.create(npay.config().withMerchantId("np_abc123"))) {
            withMerchant.accessToken();
        }
        assertThat(npay.tokenRequests.get(0).getBody().utf8()).endsWith("&type=SELF&merchant_id=np_abc123");
    }

    @Test
    void lastChangedStatusesEncodesDateTimesOnceAndParsesMore() {
        npay.enqueueFixture("last-changed-has-more.json");

        NpayResponse<LastChangedStatuses> page = client.lastChangedStatuses(new LastChangedQuery(
                FROM, FROM.plusHours(24), LastChangedType.PAYED, "2022051122443341", 2));

        RecordedRequest request = npay.lastApiRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(BASE + "product-orders/last-changed-statuses"
                + "?lastChangedFrom=2022-05-11T22%3A05%3A27.000%2B09%3A00"
                + "&lastChangedTo=2022-05-12T22%3A05%3A27.000%2B09%3A00"
                + "&lastChangedType=PAYED&moreSequence=2022051122443341&limitCount=2");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(page.data().count()).isEqualTo(2);
        assertThat(page.data().more().moreSequence()).isEqualTo("2022051122443341");
        assertThat(page.data().more().moreFrom()).isEqualTo(FROM);
        assertThat(page.data().lastChangeStatuses().items()).hasSize(2);
        assertThat(page.traceId()).isEqualTo("mock^200^1");
    }

    @Test
    void lastChangedStatusesOmitsUnsetParametersAndConvertsOtherOffsetsToKst() {
        npay.enqueueFixture("last-changed-not-more.json");

        client.lastChangedStatuses(LastChangedQuery.window(FROM.withOffsetSameInstant(ZoneOffset.UTC), null));

        assertThat(npay.lastApiRequest().getTarget()).isEqualTo(BASE + "product-orders/last-changed-statuses"
                + "?lastChangedFrom=2022-05-11T22%3A05%3A27.000%2B09%3A00");
    }

    @Test
    void queryPostsIdsAsJsonAndParsesEveryDetail() {
        npay.enqueueFixture("query-key-shape.json");

        NpayResponse<PartialList<ProductOrderDetail>> details = client.queryProductOrders(List.of(PO, "2022040521691282"));

        RecordedRequest request = npay.lastApiRequest();
        assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST " + BASE + "product-orders/query");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8()).isEqualTo(
                "{\"productOrderIds\":[\"2022040521691281\",\"2022040521691282\"],\"quantityClaimCompatibility\":true}");
        assertThat(details.data().items()).hasSize(1);
        assertThat(details.data().items().get(0).order().orderId()).isEqualTo("string");
        assertThat(details.traceId()).isEqualTo("string");
    }

    @Test
    void productOrderIdsOfAnOrder() {
        npay.enqueueJson(200, """
                {"timestamp":"2023-01-16T17:14:51.794+09:00","traceId":"t","data":["2021123115350911","2021123115350912"]}""");

        NpayResponse<List<String>> ids = client.productOrderIds("2021123115350910");

        assertThat(npay.apiTargets()).containsExactly("GET " + BASE + "orders/2021123115350910/product-order-ids");
        assertThat(ids.data()).containsExactly("2021123115350911", "2021123115350912");
    }

    @Test
    void conditionalQuerySendsRepeatedStatusKeysAndParsesPagination() {
        npay.enqueueJson(200, """
                {"timestamp":"2024-06-07T19:00:00.000+09:00","traceId":"t",
                 "data":{"contents":[{"productOrderId":"2024060712345678","content":{"productOrder":
                   {"productOrderId":"2024060712345678","productOrderStatus":"PAYED"}}}],
                 "pagination":{"page":2,"size":50,"hasNext":true}}}""");

        ConditionalQuery query = ConditionalQuery.window(FROM, FROM.plusHours(6), RangeType.PAYED_DATETIME)
                .withStatuses(List.of(ProductOrderStatus.PAYED, ProductOrderStatus.DELIVERING),
                        List.of(ClaimStatus.CANCEL_REQUEST))
                .withPage(2).withPageSize(50);
        query = new ConditionalQuery(query.from(), query.to(), query.rangeType(), query.productOrderStatuses(),
                query.claimStatuses(), PlaceOrderStatus.NOT_YET, false, 2, 50, true);
        NpayResponse<ProductOrderPage> page = client.productOrders(query);

        assertThat(npay.lastApiRequest().getTarget()).isEqualTo(BASE + "product-orders"
                + "?from=2022-05-11T22%3A05%3A27.000%2B09%3A00&to=2022-05-12T04%3A05%3A27.000%2B09%3A00"
                + "&rangeType=PAYED_DATETIME&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING"
                + "&claimStatuses=CANCEL_REQUEST&placeOrderStatusType=NOT_YET&fulfillment=false"
                + "&pageSize=50&page=2&quantityClaimCompatibility=true");
        assertThat(page.data().pagination().hasNext()).isTrue();
        assertThat(page.data().contents().items().get(0).content().productOrder().productOrderStatus().value())
                .isEqualTo(ProductOrderStatus.PAYED);
    }

    @Test
    void confirmPostsIdsAndParsesTheConfirmShape() {
        npay.enqueueFixture("confirm-result.json");

        NpayResponse<ConfirmResult> result = client.confirm(List.of(PO));

        assertThat(npay.apiTargets()).containsExactly("POST " + BASE + "product-orders/confirm");
        assertThat(npay.lastApiRequest().getBody().utf8()).isEqualTo("{\"productOrderIds\":[\"2022040521691281\"]}");
        assertThat(result.data().successProductOrderInfos().get(0).isReceiverAddressChanged()).isTrue();
        assertThat(result.data().failProductOrderInfos().get(0).code()).isEqualTo("string");
    }

    @Test
    void delayPostsTheDueDateReasonAndDetail() {
        npay.enqueueJson(200, BULK_OK);

        NpayResponse<BulkResult> result = client.delay(PO, new DelayRequest(
                OffsetDateTime.of(2022, 6, 5, 3, 17, 35, 0, ZoneOffset.UTC),
                DelayedDispatchReason.PRODUCT_PREPARE, "상품 준비중입니다."));

        assertThat(npay.apiTargets()).containsExactly("POST " + BASE + "product-orders/" + PO + "/delay");
        assertThat(npay.lastApiRequest().getBody().utf8()).isEqualTo("{\"dispatchDueDate\":"
                + "\"2022-06-05T12:17:35.000+09:00\",\"delayedDispatchReason\":\"PRODUCT_PREPARE\","
                + "\"dispatchDelayedDetailedReason\":\"상품 준비중입니다.\"}");
        assertThat(result.data().successProductOrderIds()).containsExactly(PO);
        assertThat(result.traceId()).isEqualTo("tr-bulk");
    }

    @Test
    void dispatchPostsEachLineWithCarrierCodes() {
        npay.enqueueJson(200, BULK_OK);

        client.dispatch(List.of(
                new DispatchProductOrder(PO, DeliveryMethod.DELIVERY, DeliveryCompany.HYUNDAI, "123456789012",
                        OffsetDateTime.of(2022, 4, 5, 12, 17, 35, 0, ZoneOffset.ofHours(9))),
                new DispatchProductOrder("2022040521691282", DeliveryMethod.DIRECT_DELIVERY, null, null,
                        OffsetDateTime.of(2022, 4, 5, 12, 17, 35, 0, ZoneOffset.ofHours(9)))));

        assertThat(npay.apiTargets()).containsExactly("POST " + BASE + "product-orders/dispatch");
        assertThat(npay.lastApiRequest().getBody().utf8()).isEqualTo("{\"dispatchProductOrders\":["
                + "{\"productOrderId\":\"2022040521691281\",\"deliveryMethod\":\"DELIVERY\","
                + "\"deliveryCompanyCode\":\"HYUNDAI\",\"trackingNumber\":\"123456789012\","
                + "\"dispatchDate\":\"2022-04-05T12:17:35.000+09:00\"},"
                + "{\"productOrderId\":\"2022040521691282\",\"deliveryMethod\":\"DIRECT_DELIVERY\","
                + "\"dispatchDate\":\"2022-04-05T12:17:35.000+09:00\"}]}");
    }

    @Test
    void cancelRequestAndApprove() {
        npay.enqueueJson(200, BULK_OK);
        npay.enqueueJson(200, BULK_OK);

        client.cancelRequest(PO, new CancelRequest(CancelRequestReason.SOLD_OUT, "재고 소진", 1));
        String requestBody = npay.lastApiRequest().getBody().utf8();
        client.cancelApprove(PO);

        assertThat(npay.apiTargets()).containsExactly(
                "POST " + BASE + "product-orders/" + PO + "/claim/cancel/request",
                "POST " + BASE + "product-orders/" + PO + "/claim/cancel/approve");
        assertThat(requestBody).isEqualTo(
                "{\"cancelReason\":\"SOLD_OUT\",\"cancelDetailedReason\":\"재고 소진\",\"cancelQuantity\":1}");
        assertThat(npay.lastApiRequest().getBodySize()).isZero();
    }

    @Test
    void returnCallsUseTheirOwnPathsAndFieldNames() {
        for (int i = 0; i < 5; i++) {
            npay.enqueueJson(200, BULK_OK);
        }

        client.returnRequest(PO, new ReturnRequest(ReturnRequestReason.BROKEN, DeliveryMethod.DELIVERY,
                DeliveryCompany.CJGLS, "D2485799470", 2));
        String request = npay.apiRequests.get(0).getBody().utf8();
        client.returnApprove(PO);
        client.returnReject(PO, new RejectReturnRequest("고객님께서 통화로 교환을 원하셨습니다."));
        String reject = npay.apiRequests.get(2).getBody().utf8();
        client.returnHoldback(PO, new ReturnHoldbackRequest(HoldbackReason.EXTRAFEEE, "미입고", 3000L));
        String holdback = npay.apiRequests.get(3).getBody().utf8();
        client.returnHoldbackRelease(PO);

        String claim = "POST " + BASE + "product-orders/" + PO + "/claim/return/";
        assertThat(npay.apiTargets()).containsExactly(claim + "request", claim + "approve", claim + "reject",
                claim + "holdback", claim + "holdback/release");
        assertThat(request).isEqualTo("{\"returnReason\":\"BROKEN\",\"collectDeliveryMethod\":\"DELIVERY\","
                + "\"collectDeliveryCompany\":\"CJGLS\",\"collectTrackingNumber\":\"D2485799470\",\"returnQuantity\":2}");
        assertThat(reject).isEqualTo("{\"rejectReturnReason\":\"고객님께서 통화로 교환을 원하셨습니다.\"}");
        assertThat(holdback).isEqualTo("{\"holdbackClassType\":\"EXTRAFEEE\","
                + "\"holdbackReturnDetailReason\":\"미입고\",\"extraReturnFeeAmount\":3000}");
    }

    @Test
    void exchangeCallsUseTheMallCollectCompletePath() {
        for (int i = 0; i < 5; i++) {
            npay.enqueueJson(200, BULK_OK);
        }

        client.exchangeCollectComplete(PO);
        client.exchangeDispatch(PO, new ExchangeRedeliveryRequest(DeliveryMethod.DELIVERY, DeliveryCompany.KGB,
                "1111111115"));
        String redelivery = npay.apiRequests.get(1).getBody().utf8();
        client.exchangeReject(PO, new RejectExchangeRequest("착용한 상품은 교환할 수 없습니다."));
        String reject = npay.apiRequests.get(2).getBody().utf8();
        client.exchangeHoldback(PO, new ExchangeHoldbackRequest(HoldbackReason.EXCHANGE_DELIVERYFEE,
                "미입고 상태", 0L));
        String holdback = npay.apiRequests.get(3).getBody().utf8();
        client.exchangeHoldbackRelease(PO);

        String claim = "POST " + BASE + "product-orders/" + PO + "/claim/exchange/";
        assertThat(npay.apiTargets()).containsExactly(claim + "collect/complete", claim + "dispatch",
                claim + "reject", claim + "holdback", claim + "holdback/release");
        assertThat(redelivery).isEqualTo("{\"reDeliveryMethod\":\"DELIVERY\",\"reDeliveryCompany\":\"KGB\","
                + "\"reDeliveryTrackingNumber\":\"1111111115\"}");
        assertThat(reject).isEqualTo("{\"rejectExchangeReason\":\"착용한 상품은 교환할 수 없습니다.\"}");
        assertThat(holdback).isEqualTo("{\"holdbackClassType\":\"EXCHANGE_DELIVERYFEE\","
                + "\"holdbackExchangeDetailReason\":\"미입고 상태\",\"extraExchangeFeeAmount\":0}");
    }

    @Test
    void reviewsUseTheProvisionalParameters() {
        npay.enqueueJson(200, """
                {"timestamp":"2026-11-28T10:00:00.000+09:00","traceId":"t","data":{"contents":[
                  {"reviewId":"R1","productOrderId":"2026112712345678","score":5,"reviewType":"GENERAL",
                   "title":"좋아요","createdDate":"2026-11-28T09:00:00.000+09:00"}],
                 "pagination":{"page":1,"size":300,"hasNext":false}}}""");

        NpayResponse<ReviewPage> page = client.reviews(new ReviewQuery(FROM, FROM.plusHours(1), "GENERAL", 1, 300));

        assertThat(npay.lastApiRequest().getTarget()).isEqualTo(BASE + "reviews"
                + "?from=2022-05-11T22%3A05%3A27.000%2B09%3A00&to=2022-05-11T23%3A05%3A27.000%2B09%3A00"
                + "&reviewType=GENERAL&page=1&pageSize=300");
        assertThat(page.data().contents().items().get(0).score()).isEqualTo(5);
    }

    @Test
    void oneTokenServesManyCalls() {
        for (int i = 0; i < 4; i++) {
            npay.enqueueJson(200, BULK_OK);
            client.cancelApprove(PO);
        }
        assertThat(npay.tokenRequests).hasSize(1);
        assertThat(npay.apiRequests).allSatisfy(r ->
                assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer token-1"));
    }
}
