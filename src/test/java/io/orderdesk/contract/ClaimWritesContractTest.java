package io.orderdesk.contract;

import static io.orderdesk.contract.ContractSandbox.assertSucceeded;
import static io.orderdesk.contract.ContractSandbox.newTracking;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.ExchangeClaim;
import io.orderdesk.api.dto.ExchangeHoldbackRequest;
import io.orderdesk.api.dto.ExchangeRedeliveryRequest;
import io.orderdesk.api.dto.FailInfo;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.RejectExchangeRequest;
import io.orderdesk.api.dto.RejectReturnRequest;
import io.orderdesk.api.dto.ReturnClaim;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.api.dto.ReturnRequest;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.sandbox.ApiResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim writes of the 주문형 API (cancel, return and exchange, with their holdbacks) through the real client
 * against state made with the admin path, each followed by a re-read through {@code /query} and a look at the change
 * feed (§6.4: holdbacks leave no trace there).
 */
class ClaimWritesContractTest {

    private static ContractSandbox fx;
    private static NpayOrderClient client;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(8, 40, 1);
        client = fx.client;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void sellerCancelCompletesTheCancel() {
        String id = fx.createOne("CONFIRMED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.cancelRequest(id, new CancelRequest(CancelRequestReason.SOLD_OUT, "품절입니다.", null)), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.CANCELED);
        assertClaim(detail, ClaimType.CANCEL, ClaimStatus.CANCEL_DONE);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_COMPLETED);
    }

    @Test
    void aPartialSellerCancelLeavesTheRestToShip() {
        ApiResult created = fx.sandbox.admin().createOrder(Map.of("state", "CONFIRMED", "lines", 1, "quantity", 3));
        String id = (String) ((List<?>) ((Map<?, ?>) created.data()).get("productOrderIds")).get(0);
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.cancelRequest(id, new CancelRequest(CancelRequestReason.SOLD_OUT, "1개 품절", 1)), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(detail.productOrder().remainQuantity()).isEqualTo(2);
        assertThat(detail.completedClaims()).extracting(claim -> claim.claimStatus().value())
                .containsExactly(ClaimStatus.CANCEL_DONE);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_COMPLETED);
        assertThat(client.cancelRequest(id, new CancelRequest(CancelRequestReason.SOLD_OUT, null, 3)).data()
                .failProductOrderInfos()).extracting(FailInfo::code).containsExactly("104133");
    }

    @Test
    void approvingABuyersCancelRequestCancels() {
        String id = fx.createOne("CONFIRMED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));
        fx.event(id, "CANCEL_REQUEST");
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REQUESTED);
        assertClaim(fx.detail(id), ClaimType.CANCEL, ClaimStatus.CANCEL_REQUEST);
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.cancelApprove(id), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.CANCELED);
        assertClaim(detail, ClaimType.CANCEL, ClaimStatus.CANCEL_DONE);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_COMPLETED);
    }

    @Test
    void aSellerReturnRequestThenApproveReturnsTheGoods() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.returnRequest(id, new ReturnRequest(ReturnRequestReason.BROKEN, DeliveryMethod.DELIVERY,
                DeliveryCompany.HANJIN, null, null)), id);

        ProductOrderDetail requested = fx.detail(id);
        assertClaim(requested, ClaimType.RETURN, ClaimStatus.RETURN_REQUEST);
        assertThat(requested.currentClaim().returnClaim().collectDeliveryMethod().value())
                .isEqualTo(DeliveryMethod.DELIVERY);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REQUESTED);
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.returnApprove(id), id);

        ProductOrderDetail returned = fx.detail(id);
        assertThat(returned.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.RETURNED);
        assertClaim(returned, ClaimType.RETURN, ClaimStatus.RETURN_DONE);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_COMPLETED);
    }

    @Test
    void aReturnRequestWithACollectTrackingNumberIsAlreadyCollecting() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));
        String tracking = newTracking();

        assertSucceeded(client.returnRequest(id, new ReturnRequest(ReturnRequestReason.WRONG_DELIVERY,
                DeliveryMethod.DELIVERY, DeliveryCompany.EPOST, tracking, null)), id);

        ReturnClaim claim = fx.detail(id).currentClaim().returnClaim();
        assertThat(claim.claimStatus().value()).isEqualTo(ClaimStatus.COLLECTING);
        assertThat(claim.collectTrackingNumber()).isEqualTo(tracking);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REQUESTED);
    }

    @Test
    void rejectingABuyersReturnWithdrawsIt() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.event(id, "RETURN_REQUEST");
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.returnReject(id, new RejectReturnRequest("고객님께서 통화로 교환을 원하셨습니다.")), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().claimStatus().value()).isEqualTo(ClaimStatus.RETURN_REJECT);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERED);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REJECTED);
    }

    @Test
    void returnHoldbackAndReleaseChangeTheHoldNotTheFeed() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.event(id, "RETURN_REQUEST");
        LastChangeStatus requested = fx.feedRow(id, since);
        assertThat(requested.lastChangedType().value()).isEqualTo(LastChangedType.CLAIM_REQUESTED);
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.returnHoldback(id, new ReturnHoldbackRequest(HoldbackReason.RETURN_DELIVERYFEE,
                "반품 배송비 입금 대기", 6_000L)), id);

        ReturnClaim held = fx.detail(id).currentClaim().returnClaim();
        assertThat(held.holdbackStatus().value()).isEqualTo(HoldbackStatus.HOLDBACK);
        assertThat(held.holdbackReason().value()).isEqualTo(HoldbackReason.RETURN_DELIVERYFEE);
        assertThat(held.holdbackDetailedReason()).isEqualTo("반품 배송비 입금 대기");
        assertThat(held.claimStatus().value()).isEqualTo(ClaimStatus.RETURN_REQUEST);
        fx.assertFeedUnchanged(id, since, requested);
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.returnHoldbackRelease(id), id);

        assertThat(fx.detail(id).currentClaim().returnClaim().holdbackStatus().value())
                .isEqualTo(HoldbackStatus.RELEASED);
        fx.assertFeedUnchanged(id, since, requested);
    }

    @Test
    void anExchangeGoesFromHoldbackThroughCollectionToRedelivery() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.event(id, "EXCHANGE_REQUEST");
        LastChangeStatus requested = fx.feedRow(id, since);
        assertThat(requested.lastChangedType().value()).isEqualTo(LastChangedType.CLAIM_REQUESTED);
        fx.advance(Duration.ofMinutes(1));
        if (exchange(id).holdbackStatus() != null
                && exchange(id).holdbackStatus().value() == HoldbackStatus.HOLDBACK) {
            assertSucceeded(client.exchangeHoldbackRelease(id), id);
        }

        assertSucceeded(client.exchangeHoldback(id, new ExchangeHoldbackRequest(HoldbackReason.EXCHANGE_PRODUCT_READY,
                "교환 상품 준비 중", 0L)), id);
        assertThat(exchange(id).holdbackStatus().value()).isEqualTo(HoldbackStatus.HOLDBACK);
        assertThat(exchange(id).holdbackReason().value()).isEqualTo(HoldbackReason.EXCHANGE_PRODUCT_READY);
        fx.assertFeedUnchanged(id, since, requested);

        assertSucceeded(client.exchangeHoldbackRelease(id), id);
        assertThat(exchange(id).holdbackStatus().value()).isEqualTo(HoldbackStatus.RELEASED);
        assertThat(exchange(id).claimStatus().value()).isEqualTo(ClaimStatus.EXCHANGE_REQUEST);
        fx.assertFeedUnchanged(id, since, requested);
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.exchangeCollectComplete(id), id);
        assertThat(exchange(id).claimStatus().value()).isEqualTo(ClaimStatus.COLLECT_DONE);
        assertThat(exchange(id).collectCompletedDate().toInstant()).isEqualTo(fx.now());
        fx.assertFeedShows(id, since, LastChangedType.COLLECT_DONE);
        fx.advance(Duration.ofMinutes(1));
        String tracking = newTracking();

        assertSucceeded(client.exchangeDispatch(id,
                new ExchangeRedeliveryRequest(DeliveryMethod.DELIVERY, DeliveryCompany.KGB, tracking)), id);
        ExchangeClaim redelivering = exchange(id);
        assertThat(redelivering.claimStatus().value()).isEqualTo(ClaimStatus.EXCHANGE_REDELIVERING);
        assertThat(redelivering.reDeliveryCompany().value()).isEqualTo(DeliveryCompany.KGB);
        assertThat(redelivering.reDeliveryTrackingNumber()).isEqualTo(tracking);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REDELIVERING);
    }

    @Test
    void rejectingAnExchangeWithdrawsIt() {
        String id = fx.createOne("DELIVERED");
        Instant since = fx.now();
        fx.event(id, "EXCHANGE_REQUEST");
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.exchangeReject(id, new RejectExchangeRequest("착용한 상품은 교환할 수 없습니다.")), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().claimType().value()).isEqualTo(ClaimType.EXCHANGE);
        assertThat(detail.productOrder().claimStatus().value()).isEqualTo(ClaimStatus.EXCHANGE_REJECT);
        fx.assertFeedShows(id, since, LastChangedType.CLAIM_REJECTED);
    }


    private static ExchangeClaim exchange(String id) {
        return fx.detail(id).currentClaim().exchange();
    }

    private static void assertClaim(ProductOrderDetail detail, ClaimType type, ClaimStatus status) {
        assertThat(detail.productOrder().claimType().value()).isEqualTo(type);
        assertThat(detail.productOrder().claimStatus().value()).isEqualTo(status);
    }
}
