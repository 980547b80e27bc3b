package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.domain.AddressType;
import io.orderdesk.domain.ClaimDeliveryFeeSupportType;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.CouponClassCode;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.TaxType;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A realistic, fully populated detail: a delivered two-piece order after a finished size exchange, now with a return
 * of one piece collected and held back for the return shipping fee.
 */
class ProductOrderDetailFullTest {

    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private static final String FIXTURE = "product-order-detail-full.json";

    private final ProductOrderDetail detail = Fixtures.parse(FIXTURE, ProductOrderDetail.class);

    @Test
    void theWholeFixtureMatchesTheDtos() {
        DtoShape shape = DtoShape.check(Fixtures.generic(Fixtures.json(FIXTURE)), ProductOrderDetail.class);

        // only a return is in progress, so a real order has no cancel or exchange claim to show
        assertThat(shape.problems()).containsExactlyInAnyOrder(
                "ProductOrderDetail has components the document never uses: [cancel, exchange]",
                "CurrentClaim has components the document never uses: [cancel, exchange]");
    }

    @Test
    void everyCodeInTheFixtureIsKnown() {
        List<String> unknown = new ArrayList<>();
        collectUnknownCodes(detail, "detail", unknown);

        assertThat(unknown).isEmpty();
    }

    @Test
    void orderIsPaidWithMaskedGiftSenderAndAmounts() {
        Order order = detail.order();

        assertThat(order.orderId()).isEqualTo("2024030412345671");
        assertThat(order.ordererName()).isEqualTo("김*지");
        assertThat(order.paymentMeans()).isEqualTo("신용카드 간편결제");
        assertThat(order.paymentDate()).isEqualTo(OffsetDateTime.of(2024, 3, 4, 20, 15, 7, 904_000_000, KST));
        assertThat(order.generalPaymentAmount() + order.naverMileagePaymentAmount()).isEqualTo(65_200L);
        assertThat(order.isDeliveryMemoParticularInput()).isEqualTo("false");
        assertThat(order.isMembershipSubscribed()).isTrue();
    }

    @Test
    void productOrderCarriesStatusAmountsAndTheOpenReturn() {
        ProductOrder po = detail.productOrder();

        assertThat(po.productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERED);
        assertThat(po.placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
        assertThat(po.claimType().value()).isEqualTo(ClaimType.RETURN);
        assertThat(po.claimStatus().value()).isEqualTo(ClaimStatus.COLLECT_DONE);
        assertThat(po.claimId()).isEqualTo(detail.currentClaim().returnClaim().claimId());
        assertThat(po.unitPrice() * po.quantity()).isEqualTo(po.totalProductAmount());
        assertThat(po.totalProductAmount() - po.productDiscountAmount()).isEqualTo(po.totalPaymentAmount());
        assertThat(po.remainQuantity()).isEqualTo(2);
        assertThat(po.groupProductId()).isEqualTo(8_812_345_670L);
        assertThat(po.taxType().value()).isEqualTo(TaxType.TAXATION);
        assertThat(po.expectedDeliveryCompany().value()).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(po.decisionDate()).isNull();
        assertThat(po.individualCustomUniqueCode()).isNull();
        assertThat(po.productImediateDiscountAmount()).isEqualTo(7_800L);
    }

    @Test
    void shippingAddressIsDomesticWithEmptyCityAndState() {
        Address address = detail.productOrder().shippingAddress();

        assertThat(address.addressType().value()).isEqualTo(AddressType.DOMESTIC);
        assertThat(address.city()).isEmpty();
        assertThat(address.state()).isEmpty();
        assertThat(address.zipCode()).isEqualTo("03925");
        assertThat(address.isRoadNameAddress()).isTrue();
        assertThat(address.logisticsCenterId()).isNull();
    }

    @Test
    void couponsSkuMappingsHopeDeliveryAndCardPromotion() {
        ProductOrder po = detail.productOrder();

        assertThat(po.appliedCoupons()).hasSize(1);
        assertThat(po.appliedCoupons().get(0).couponClassCode().value()).isEqualTo(CouponClassCode.NMP_PRD_DCNT);
        assertThat(po.appliedCoupons().get(0).couponDiscountAmount()).isEqualTo(po.productProductDiscountAmount());
        assertThat(po.appliedCoupons().get(0).naverBurdenRatio()).isEqualTo(100);
        assertThat(po.skuMappings()).extracting(SkuMapping::nsBarcode)
                .containsExactly("8809123456781", "8809123456798");
        assertThat(po.hopeDelivery().hopeDeliveryYmd()).isEqualTo("20240306");
        assertThat(po.hopeDelivery().hopeDeliveryHm()).isEqualTo("1400");
        assertThat(po.appliedCardPromotion().promotionApplyAmount()).isEqualTo(2_000L);
    }

    @Test
    void currentReturnIsCollectedAndHeldBackForFees() {
        ReturnClaim ret = detail.currentClaim().returnClaim();

        assertThat(detail.currentClaim().cancel()).isNull();
        assertThat(detail.currentClaim().exchange()).isNull();
        assertThat(ret.claimStatus().value()).isEqualTo(ClaimStatus.COLLECT_DONE);
        assertThat(ret.returnReason().value()).isEqualTo(ClaimReason.SIMPLE_INTENT_CHANGED);
        assertThat(ret.holdbackStatus().value()).isEqualTo(HoldbackStatus.HOLDBACK);
        assertThat(ret.holdbackReason().value()).isEqualTo(HoldbackReason.RETURN_DELIVERYFEE_AND_EXTRAFEEE);
        assertThat(ret.holdbackReason().raw()).isEqualTo("RETURN_DELIVERYFEE_AND_EXTRAFEEE");
        assertThat(ret.claimDeliveryFeeDemandAmount()).isEqualTo(6_000L);
        assertThat(ret.etcFeeDemandAmount()).isEqualTo(4_000L);
        assertThat(ret.collectDeliveryMethod().value()).isEqualTo(DeliveryMethod.RETURN_DELIVERY);
        assertThat(ret.collectDeliveryCompany().value()).isEqualTo(DeliveryCompany.HYUNDAI);
        assertThat(ret.collectStatus().value()).isEqualTo(CollectStatus.DELIVERED);
        assertThat(ret.requestQuantity()).isEqualTo(1);
        assertThat(ret.returnImageUrl()).hasSize(2);
        assertThat(ret.returnReceiveAddress().logisticsCenterId()).isEqualTo("LC-PAJU-01");
        assertThat(ret.holdbackReleaseDate()).isNull();
        assertThat(ret.claimDeliveryFeeSupportType().value())
                .isEqualTo(ClaimDeliveryFeeSupportType.MEMBERSHIP_ARRIVAL_GUARANTEE);
        assertThat(detail.returnClaim()).as("deprecated duplicate").isEqualTo(ret);
    }

    @Test
    void aUtcDateIsReadAsTheSameInstantInKst() {
        OffsetDateTime collected = detail.currentClaim().returnClaim().collectCompletedDate();

        assertThat(collected).isEqualTo(OffsetDateTime.of(2024, 3, 16, 15, 30, 0, 0, KST));
        assertThat(NpayDateTime.format(collected)).isEqualTo("2024-03-16T15:30:00.000+09:00");
        assertThat(NpayDateTime.format(detail.delivery().pickupDate())).isEqualTo("2024-03-05T17:42:10.500+09:00");
        assertThat(NpayDateTime.format(detail.delivery().deliveredDate())).isEqualTo("2024-03-06T13:52:00.000+09:00");
    }

    @Test
    void finishedExchangeIsInBeforeClaimAndCompletedClaims() {
        ExchangeClaim before = detail.beforeClaim().exchange();
        CompletedClaim completed = detail.completedClaims().get(0);

        assertThat(before.claimStatus().value()).isEqualTo(ClaimStatus.EXCHANGE_DONE);
        assertThat(before.holdbackStatus().value()).isEqualTo(HoldbackStatus.RELEASED);
        assertThat(before.reDeliveryStatus().value()).isEqualTo(DeliveryStatus.DELIVERY_COMPLETION);
        assertThat(before.exchangeReason().value()).isEqualTo(ClaimReason.COLOR_AND_SIZE);
        assertThat(completed.claimType().value()).isEqualTo(ClaimType.EXCHANGE);
        assertThat(completed.claimId()).isEqualTo(before.claimId());
        assertThat(completed.claimRequestReason().value()).isEqualTo(ClaimReason.COLOR_AND_SIZE);
        assertThat(completed.collectOperationDate()).isEqualTo("20240308");
        assertThat(completed.claimCompleteOperationDate())
                .isEqualTo(OffsetDateTime.of(2024, 3, 12, 9, 0, 0, 0, KST));
        assertThat(completed.refundExpectedDate()).isNull();
    }

    @Test
    void deliveryWasDispatchedByCjAndDelivered() {
        Delivery delivery = detail.delivery();

        assertThat(delivery.deliveryCompany().value()).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(delivery.deliveryMethod().value()).isEqualTo(DeliveryMethod.DELIVERY);
        assertThat(delivery.deliveryStatus().value()).isEqualTo(DeliveryStatus.DELIVERY_COMPLETION);
        assertThat(delivery.trackingNumber()).isEqualTo("684512907731");
        assertThat(delivery.isWrongTrackingNumber()).isFalse();
        assertThat(delivery.wrongTrackingNumberType()).isNull();
    }

    private static void collectUnknownCodes(Object value, String path, List<String> unknown) {
        if (value instanceof Coded) {
            Coded<?> coded = (Coded<?>) value;
            if (!coded.isKnown()) {
                unknown.add(path + "=" + coded.raw());
            }
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                collectUnknownCodes(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Object child = component.getAccessor().invoke(value);
                    collectUnknownCodes(child, path + "." + component.getName(), unknown);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
