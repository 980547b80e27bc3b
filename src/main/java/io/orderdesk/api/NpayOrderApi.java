package io.orderdesk.api;

import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.ConfirmRequest;
import io.orderdesk.api.dto.ConfirmResult;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchRequest;
import io.orderdesk.api.dto.Envelope;
import io.orderdesk.api.dto.ExchangeHoldbackRequest;
import io.orderdesk.api.dto.ExchangeRedeliveryRequest;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.ProductOrderPage;
import io.orderdesk.api.dto.QueryRequest;
import io.orderdesk.api.dto.RejectExchangeRequest;
import io.orderdesk.api.dto.RejectReturnRequest;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.api.dto.ReturnRequest;
import io.orderdesk.api.dto.ReviewPage;
import io.orderdesk.api.dto.TokenResponse;
import io.orderdesk.api.http.ReadOnly;
import io.orderdesk.api.json.PartialList;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Naver Pay 주문형 order API (reference §1.1, §4) as a Retrofit interface, relative to the base URL
 * {@code {host}/npay/partner/}. Date-time query values are passed already formatted by
 * {@link io.orderdesk.api.json.NpayDateTime#format}; Retrofit percent-encodes them exactly once.
 *
 * <p>Use {@link NpayOrderClient} rather than this interface directly: it checks the API's limits before
 * sending, turns failures into {@link io.orderdesk.api.error.NpayApiException}s and reports trace IDs.
 * Methods marked {@link ReadOnly} are reads and may be retried; every other POST is a write and never is
 * re-sent once it may have reached the server.
 */
public interface NpayOrderApi {

    String MALL = "v1/pay-order/mall/";

    /** 인증 토큰 발급 (§2.1): form-encoded; {@code merchant_id} is left out when null. */
    @FormUrlEncoded
    @POST("v1/oauth2/token")
    Call<TokenResponse> issueToken(
            @Field("client_id") String clientId,
            @Field("timestamp") long timestamp,
            @Field("grant_type") String grantType,
            @Field("client_secret_sign") String clientSecretSign,
            @Field("type") String type,
            @Field("merchant_id") String merchantId);

    /** 1. 변경 상품 주문 내역 조회 (§4.1). */
    @ReadOnly
    @GET(MALL + "product-orders/last-changed-statuses")
    Call<Envelope<LastChangedStatuses>> lastChangedStatuses(
            @Query("lastChangedFrom") String lastChangedFrom,
            @Query("lastChangedTo") String lastChangedTo,
            @Query("lastChangedType") String lastChangedType,
            @Query("moreSequence") String moreSequence,
            @Query("limitCount") Integer limitCount);

    /** 2. 상품 주문 상세 내역 조회 (§4.2): a read, though it is a POST. */
    @ReadOnly
    @POST(MALL + "product-orders/query")
    Call<Envelope<PartialList<ProductOrderDetail>>> queryProductOrders(@Body QueryRequest body);

    /** 3. 상품 주문 번호 목록 조회 (§4.3). */
    @ReadOnly
    @GET(MALL + "orders/{orderId}/product-order-ids")
    Call<Envelope<List<String>>> productOrderIds(@Path("orderId") String orderId);

    /** 4. 조건형 상품 주문 상세 내역 조회 (§4.4); list values are sent as repeated keys. */
    @ReadOnly
    @GET(MALL + "product-orders")
    Call<Envelope<ProductOrderPage>> productOrders(
            @Query("from") String from,
            @Query("to") String to,
            @Query("rangeType") String rangeType,
            @Query("productOrderStatuses") List<String> productOrderStatuses,
            @Query("claimStatuses") List<String> claimStatuses,
            @Query("placeOrderStatusType") String placeOrderStatusType,
            @Query("fulfillment") Boolean fulfillment,
            @Query("pageSize") Integer pageSize,
            @Query("page") Integer page,
            @Query("quantityClaimCompatibility") Boolean quantityClaimCompatibility);

    /** 5. 발주 확인 처리 (§4.5): at most 30 ids. */
    @POST(MALL + "product-orders/confirm")
    Call<Envelope<ConfirmResult>> confirm(@Body ConfirmRequest body);

    /** 6. 발송 지연 처리 (§4.6). */
    @POST(MALL + "product-orders/{productOrderId}/delay")
    Call<Envelope<BulkResult>> delay(@Path("productOrderId") String productOrderId, @Body DelayRequest body);

    /** 7. 발송 처리 (§4.7): at most 30 lines. */
    @POST(MALL + "product-orders/dispatch")
    Call<Envelope<BulkResult>> dispatch(@Body DispatchRequest body);

    /** 8. 취소 요청 (§4.8). */
    @POST(MALL + "product-orders/{productOrderId}/claim/cancel/request")
    Call<Envelope<BulkResult>> cancelRequest(@Path("productOrderId") String productOrderId, @Body CancelRequest body);

    /** 9. 취소 요청 승인 (§4.9): no body. */
    @POST(MALL + "product-orders/{productOrderId}/claim/cancel/approve")
    Call<Envelope<BulkResult>> cancelApprove(@Path("productOrderId") String productOrderId);

    /** 10. 반품 요청 (§4.10). */
    @POST(MALL + "product-orders/{productOrderId}/claim/return/request")
    Call<Envelope<BulkResult>> returnRequest(@Path("productOrderId") String productOrderId, @Body ReturnRequest body);

    /** 11. 반품 승인 (§4.11): no body. */
    @POST(MALL + "product-orders/{productOrderId}/claim/return/approve")
    Call<Envelope<BulkResult>> returnApprove(@Path("productOrderId") String productOrderId);

    /** 12. 반품 거부(철회) (§4.12). */
    @POST(MALL + "product-orders/{productOrderId}/claim/return/reject")
    Call<Envelope<BulkResult>> returnReject(
            @Path("productOrderId") String productOrderId, @Body RejectReturnRequest body);

    /** 13. 반품 보류 (§4.13). */
    @POST(MALL + "product-orders/{productOrderId}/claim/return/holdback")
    Call<Envelope<BulkResult>> returnHoldback(
            @Path("productOrderId") String productOrderId, @Body ReturnHoldbackRequest body);

    /** 14. 반품 보류 해제 (§4.14): no body. */
    @POST(MALL + "product-orders/{productOrderId}/claim/return/holdback/release")
    Call<Envelope<BulkResult>> returnHoldbackRelease(@Path("productOrderId") String productOrderId);

    /** 15. 교환 수거 완료 (§4.15): the mall path is {@code collect/complete}, not the seller API's approve. */
    @POST(MALL + "product-orders/{productOrderId}/claim/exchange/collect/complete")
    Call<Envelope<BulkResult>> exchangeCollectComplete(@Path("productOrderId") String productOrderId);

    /** 16. 교환 재배송 처리 (§4.16). */
    @POST(MALL + "product-orders/{productOrderId}/claim/exchange/dispatch")
    Call<Envelope<BulkResult>> exchangeDispatch(
            @Path("productOrderId") String productOrderId, @Body ExchangeRedeliveryRequest body);

    /** 17. 교환 거부(철회) (§4.17). */
    @POST(MALL + "product-orders/{productOrderId}/claim/exchange/reject")
    Call<Envelope<BulkResult>> exchangeReject(
            @Path("productOrderId") String productOrderId, @Body RejectExchangeRequest body);

    /** 18. 교환 보류 (§4.18). */
    @POST(MALL + "product-orders/{productOrderId}/claim/exchange/holdback")
    Call<Envelope<BulkResult>> exchangeHoldback(
            @Path("productOrderId") String productOrderId, @Body ExchangeHoldbackRequest body);

    /** 19. 교환 보류 해제 (§4.19): no body. */
    @POST(MALL + "product-orders/{productOrderId}/claim/exchange/holdback/release")
    Call<Envelope<BulkResult>> exchangeHoldbackRelease(@Path("productOrderId") String productOrderId);

    /**
     * 20. 리뷰 조회. PROVISIONAL: only the path is public (reference §11); the query parameters and the
     * {@link ReviewPage} shape are our guess and must be checked against the real sandbox documentation.
     */
    @ReadOnly
    @GET(MALL + "reviews")
    Call<Envelope<ReviewPage>> reviews(
            @Query("from") String from,
            @Query("to") String to,
            @Query("reviewType") String reviewType,
            @Query("page") Integer page,
            @Query("pageSize") Integer pageSize);
}
