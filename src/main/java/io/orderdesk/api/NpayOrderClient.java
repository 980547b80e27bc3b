package io.orderdesk.api;

import io.orderdesk.api.auth.TokenManager;
import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.ConfirmRequest;
import io.orderdesk.api.dto.ConfirmResult;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchProductOrder;
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
import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.api.json.RejectedItem;
import io.orderdesk.domain.CodedEnum;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/**
 * The Naver Pay 주문형 order API for the rest of Order Desk: one method per endpoint, synchronous (call it off
 * the FX thread), with the API's limits checked before sending.
 *
 * <p>Every method returns an {@link NpayResponse} with the trace ID, or throws one of the
 * {@link io.orderdesk.api.error.NpayApiException} family: {@code RequestRejectedException} when a limit would be
 * broken (nothing was sent), {@code OutcomeUnknownException} when a write may or may not have been applied (re-read
 * the order; never send it again blindly), and the others as their names say. Reads are retried on 429, 503, 504
 * and network errors; writes never are once they may have reached the server.
 *
 * <p>Bulk writes answer HTTP 200 even when lines fail: look at {@code failProductOrderInfos}.
 */
public final class NpayOrderClient implements AutoCloseable {

    private final NpayOrderApi api;
    private final CallExecutor executor;
    private final TokenManager tokens;
    private final OkHttpClient http;

    NpayOrderClient(NpayOrderApi api, CallExecutor executor, TokenManager tokens, OkHttpClient http) {
        this.api = api;
        this.executor = executor;
        this.tokens = tokens;
        this.http = http;
    }

    /** Builds the HTTP stack (auth, rate limits, retries, trace IDs) for one environment and application. */
    public static NpayOrderClient create(NpayClientConfig config) {
        return ClientAssembly.assemble(config);
    }

    /** Gets (or reuses) an access token: the first half of an "API check". */
    public String accessToken() {
        return tokens.currentToken();
    }

    /** 변경 상품 주문 내역 조회 (§4.1): one page; follow {@code more} for the next. */
    public NpayResponse<LastChangedStatuses> lastChangedStatuses(LastChangedQuery query) {
        String endpoint = "lastChangedStatuses";
        Limits.window(endpoint, query.from(), query.to());
        Limits.range(endpoint, "limitCount", query.limitCount(), 1, Limits.MAX_PAGE_SIZE);
        return executor.execute(api.lastChangedStatuses(format(query.from()), format(query.to()),
                code(query.type()), query.moreSequence(), query.limitCount()),
                data -> rejectedOf(data.lastChangeStatuses()));
    }

    /**
     * 상품 주문 상세 내역 조회 (§4.2): 1–300 ids; unknown ids are simply absent from the answer. Each detail comes
     * with its JSON text exactly as received ({@link PartialList#rawItems()}); unreadable ones are in
     * {@link PartialList#rejected()} and already logged.
     */
    public NpayResponse<PartialList<ProductOrderDetail>> queryProductOrders(List<String> productOrderIds) {
        Limits.ids("queryProductOrders", productOrderIds, Limits.MAX_QUERY_IDS);
        return executor.execute(api.queryProductOrders(new QueryRequest(List.copyOf(productOrderIds), true)),
                PartialList::rejected);
    }

    /** 상품 주문 번호 목록 조회 (§4.3). */
    public NpayResponse<List<String>> productOrderIds(String orderId) {
        Limits.productOrderId("productOrderIds", orderId);
        return executor.execute(api.productOrderIds(orderId), data -> List.of());
    }

    /** 조건형 상품 주문 상세 내역 조회 (§4.4): one page. */
    public NpayResponse<ProductOrderPage> productOrders(ConditionalQuery query) {
        String endpoint = "productOrders";
        Limits.window(endpoint, query.from(), query.to());
        Limits.range(endpoint, "pageSize", query.pageSize(), 1, Limits.MAX_PAGE_SIZE);
        Limits.range(endpoint, "page", query.page(), 1, Integer.MAX_VALUE);
        return executor.execute(api.productOrders(format(query.from()), format(query.to()), code(query.rangeType()),
                codes(query.productOrderStatuses()), codes(query.claimStatuses()), code(query.placeOrderStatus()),
                query.fulfillment(), query.pageSize(), query.page(), query.quantityClaimCompatibility()),
                data -> rejectedOf(data.contents()));
    }

    /** 발주 확인 처리 (§4.5): 1–30 ids. */
    public NpayResponse<ConfirmResult> confirm(List<String> productOrderIds) {
        Limits.ids("confirm", productOrderIds, Limits.MAX_BULK_WRITE);
        return write(api.confirm(new ConfirmRequest(List.copyOf(productOrderIds))));
    }

    /** 발송 지연 처리 (§4.6). */
    public NpayResponse<BulkResult> delay(String productOrderId, DelayRequest request) {
        Limits.productOrderId("delay", productOrderId);
        return write(api.delay(productOrderId, request));
    }

    /** 발송 처리 (§4.7): 1–30 lines, each product order at most once. */
    public NpayResponse<BulkResult> dispatch(List<DispatchProductOrder> lines) {
        Limits.nonEmpty("dispatch", lines, Limits.MAX_BULK_WRITE);
        Limits.ids("dispatch", lines.stream().map(DispatchProductOrder::productOrderId).toList(),
                Limits.MAX_BULK_WRITE);
        return write(api.dispatch(new DispatchRequest(List.copyOf(lines))));
    }

    /** 취소 요청 (§4.8): the seller cancels (판매 취소). */
    public NpayResponse<BulkResult> cancelRequest(String productOrderId, CancelRequest request) {
        Limits.productOrderId("cancelRequest", productOrderId);
        return write(api.cancelRequest(productOrderId, request));
    }

    /** 취소 요청 승인 (§4.9). */
    public NpayResponse<BulkResult> cancelApprove(String productOrderId) {
        Limits.productOrderId("cancelApprove", productOrderId);
        return write(api.cancelApprove(productOrderId));
    }

    /** 반품 요청 (§4.10). */
    public NpayResponse<BulkResult> returnRequest(String productOrderId, ReturnRequest request) {
        Limits.productOrderId("returnRequest", productOrderId);
        return write(api.returnRequest(productOrderId, request));
    }

    /** 반품 승인 (§4.11). */
    public NpayResponse<BulkResult> returnApprove(String productOrderId) {
        Limits.productOrderId("returnApprove", productOrderId);
        return write(api.returnApprove(productOrderId));
    }

    /** 반품 거부(철회) (§4.12). */
    public NpayResponse<BulkResult> returnReject(String productOrderId, RejectReturnRequest request) {
        Limits.productOrderId("returnReject", productOrderId);
        return write(api.returnReject(productOrderId, request));
    }

    /** 반품 보류 (§4.13). */
    public NpayResponse<BulkResult> returnHoldback(String productOrderId, ReturnHoldbackRequest request) {
        Limits.productOrderId("returnHoldback", productOrderId);
        return write(api.returnHoldback(productOrderId, request));
    }

    /** 반품 보류 해제 (§4.14). */
    public NpayResponse<BulkResult> returnHoldbackRelease(String productOrderId) {
        Limits.productOrderId("returnHoldbackRelease", productOrderId);
        return write(api.returnHoldbackRelease(productOrderId));
    }

    /** 교환 수거 완료 (§4.15). */
    public NpayResponse<BulkResult> exchangeCollectComplete(String productOrderId) {
        Limits.productOrderId("exchangeCollectComplete", productOrderId);
        return write(api.exchangeCollectComplete(productOrderId));
    }

    /** 교환 재배송 처리 (§4.16). */
    public NpayResponse<BulkResult> exchangeDispatch(String productOrderId, ExchangeRedeliveryRequest request) {
        Limits.productOrderId("exchangeDispatch", productOrderId);
        return write(api.exchangeDispatch(productOrderId, request));
    }

    /** 교환 거부(철회) (§4.17). */
    public NpayResponse<BulkResult> exchangeReject(String productOrderId, RejectExchangeRequest request) {
        Limits.productOrderId("exchangeReject", productOrderId);
        return write(api.exchangeReject(productOrderId, request));
    }

    /** 교환 보류 (§4.18). */
    public NpayResponse<BulkResult> exchangeHoldback(String productOrderId, ExchangeHoldbackRequest request) {
        Limits.productOrderId("exchangeHoldback", productOrderId);
        return write(api.exchangeHoldback(productOrderId, request));
    }

    /** 교환 보류 해제 (§4.19). */
    public NpayResponse<BulkResult> exchangeHoldbackRelease(String productOrderId) {
        Limits.productOrderId("exchangeHoldbackRelease", productOrderId);
        return write(api.exchangeHoldbackRelease(productOrderId));
    }

    /** 리뷰 조회. PROVISIONAL contract (reference §11): see {@link ReviewQuery}. */
    public NpayResponse<ReviewPage> reviews(ReviewQuery query) {
        String endpoint = "reviews";
        Limits.window(endpoint, query.from(), query.to());
        Limits.range(endpoint, "pageSize", query.pageSize(), 1, Limits.MAX_PAGE_SIZE);
        Limits.range(endpoint, "page", query.page(), 1, Integer.MAX_VALUE);
        return executor.execute(api.reviews(format(query.from()), format(query.to()), query.reviewType(),
                query.page(), query.pageSize()), data -> rejectedOf(data.contents()));
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private <T> NpayResponse<T> write(Call<Envelope<T>> call) {
        return executor.execute(call, data -> List.of());
    }

    private static List<RejectedItem> rejectedOf(PartialList<?> list) {
        return list == null ? List.of() : list.rejected();
    }

    private static String format(OffsetDateTime dateTime) {
        return dateTime == null ? null : NpayDateTime.format(dateTime);
    }

    private static String code(CodedEnum value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(List<? extends CodedEnum> values) {
        return values.isEmpty() ? null : values.stream().map(CodedEnum::code).toList();
    }
}
