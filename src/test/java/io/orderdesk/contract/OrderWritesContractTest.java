package io.orderdesk.contract;

import static io.orderdesk.contract.ContractSandbox.assertSucceeded;
import static io.orderdesk.contract.ContractSandbox.newTracking;
import static io.orderdesk.contract.ContractSandbox.parcel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.ConfirmResult;
import io.orderdesk.api.dto.ConfirmSuccess;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.ProductOrder;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order writes of the 주문형 API (발주 확인, 발송 지연, 발송) through the real client against state made with the
 * admin path, each followed by a re-read through {@code /query} and a look at the change feed (§6.4: confirm and
 * delay leave no trace there, dispatch shows {@code DISPATCHED}).
 */
class OrderWritesContractTest {

    private static ContractSandbox fx;
    private static NpayOrderClient client;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(7, 40, 1);
        client = fx.client;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void confirmSetsPlaceOrderStatusOkAndLeavesTheFeedAlone() {
        List<String> ids = fx.createOrder("PAYED", 2).productOrderIds();
        Instant since = fx.now();
        LastChangeStatus before = fx.feedRow(ids.get(0), since);
        fx.advance(Duration.ofMinutes(1));

        ConfirmResult result = client.confirm(ids).data();

        assertThat(result.failProductOrderInfos()).isEmpty();
        assertThat(result.successProductOrderInfos())
                .extracting(ConfirmSuccess::productOrderId, ConfirmSuccess::isReceiverAddressChanged)
                .containsExactlyInAnyOrder(tuple(ids.get(0), false), tuple(ids.get(1), false));
        for (String id : ids) {
            ProductOrder po = fx.detail(id).productOrder();
            assertThat(po.placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
            assertThat(po.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
            assertThat(po.placeOrderDate().toInstant()).isEqualTo(fx.now());
        }
        assertThat(before.lastChangedType().value()).isEqualTo(LastChangedType.PAYED);
        fx.assertFeedUnchanged(ids.get(0), since, before);
    }

    @Test
    void confirmAfterAnAddressChangeSaysSo() {
        String id = fx.createOne("PAYED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));
        fx.event(id, "ADDRESS_CHANGE");
        LastChangeStatus changed = fx.feedRow(id, since);
        assertThat(changed.lastChangedType().value()).isEqualTo(LastChangedType.DELIVERY_ADDRESS_CHANGED);
        assertThat(changed.receiverAddressChanged()).isTrue();
        fx.advance(Duration.ofMinutes(1));

        ConfirmResult result = client.confirm(List.of(id)).data();

        assertThat(result.successProductOrderInfos())
                .extracting(ConfirmSuccess::productOrderId, ConfirmSuccess::isReceiverAddressChanged)
                .containsExactly(tuple(id, true));
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
        fx.assertFeedUnchanged(id, since, changed);
    }

    @Test
    void delayMovesTheDueDateAndLeavesTheFeedAlone() {
        String id = fx.createOne("CONFIRMED");
        Instant since = fx.now();
        LastChangeStatus before = fx.feedRow(id, since);
        fx.advance(Duration.ofMinutes(1));
        OffsetDateTime due = fx.nowKst().plusDays(3);

        NpayResponse<BulkResult> response = client.delay(id,
                new DelayRequest(due, DelayedDispatchReason.PRODUCT_PREPARE, "상품 준비중입니다."));

        assertSucceeded(response, id);
        ProductOrder po = fx.detail(id).productOrder();
        assertThat(po.shippingDueDate().toInstant()).isEqualTo(due.toInstant());
        assertThat(po.delayedDispatchReason().value()).isEqualTo(DelayedDispatchReason.PRODUCT_PREPARE);
        assertThat(po.delayedDispatchDetailedReason()).isEqualTo("상품 준비중입니다.");
        assertThat(po.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
        fx.assertFeedUnchanged(id, since, before);
    }

    @Test
    void parcelDispatchShipsEveryLineWithTheTrackingNumber() {
        List<String> ids = fx.createOrder("CONFIRMED", 2).productOrderIds();
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));
        String tracking = newTracking();
        OffsetDateTime sent = fx.nowKst().minusMinutes(30);

        NpayResponse<BulkResult> response = client.dispatch(List.of(
                new DispatchProductOrder(ids.get(0), DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, tracking, sent),
                new DispatchProductOrder(ids.get(1), DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, tracking, sent)));

        assertSucceeded(response, ids.toArray(String[]::new));
        for (String id : ids) {
            ProductOrderDetail detail = fx.detail(id);
            assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERING);
            assertThat(detail.delivery().deliveryMethod().value()).isEqualTo(DeliveryMethod.DELIVERY);
            assertThat(detail.delivery().deliveryCompany().value()).isEqualTo(DeliveryCompany.CJGLS);
            assertThat(detail.delivery().trackingNumber()).isEqualTo(tracking);
            assertThat(detail.delivery().sendDate().toInstant()).isEqualTo(sent.toInstant());
            fx.assertFeedShows(id, since, LastChangedType.DISPATCHED);
        }
    }

    @Test
    void nonParcelDispatchNeedsNoCarrier() {
        String direct = fx.createOne("CONFIRMED");
        String noDelivery = fx.noDeliveryLine("CONFIRMED");
        Instant since = fx.now();
        fx.advance(Duration.ofMinutes(1));

        NpayResponse<BulkResult> response = client.dispatch(List.of(
                new DispatchProductOrder(direct, DeliveryMethod.DIRECT_DELIVERY, null, null, null),
                new DispatchProductOrder(noDelivery, DeliveryMethod.NOTHING, null, null, null)));

        assertSucceeded(response, direct, noDelivery);
        ProductOrderDetail directDetail = fx.detail(direct);
        assertThat(directDetail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERING);
        assertThat(directDetail.delivery().deliveryMethod().value()).isEqualTo(DeliveryMethod.DIRECT_DELIVERY);
        assertThat(directDetail.delivery().trackingNumber()).isNull();
        assertThat(fx.detail(noDelivery).delivery().deliveryMethod().value()).isEqualTo(DeliveryMethod.NOTHING);
        fx.assertFeedShows(direct, since, LastChangedType.DISPATCHED);
        fx.assertFeedShows(noDelivery, since, LastChangedType.DISPATCHED);
    }

    @Test
    void dispatchingOverABuyersCancelRequestRefusesTheCancel() {
        String id = fx.createOne("CONFIRMED");
        Instant since = fx.now();
        fx.event(id, "CANCEL_REQUEST");
        fx.advance(Duration.ofMinutes(1));

        assertSucceeded(client.dispatch(List.of(parcel(id, DeliveryCompany.HANJIN, newTracking()))), id);

        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERING);
        assertClaim(detail, ClaimType.CANCEL, ClaimStatus.CANCEL_REJECT);
        fx.assertFeedShows(id, since, LastChangedType.DISPATCHED);
    }


    private static void assertClaim(ProductOrderDetail detail, ClaimType type, ClaimStatus status) {
        assertThat(detail.productOrder().claimType().value()).isEqualTo(type);
        assertThat(detail.productOrder().claimStatus().value()).isEqualTo(status);
    }
}
