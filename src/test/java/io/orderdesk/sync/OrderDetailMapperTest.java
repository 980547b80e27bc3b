package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.store.HistoryEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderDetailMapperTest {

    private final OrderDetail detail = OrderDetailMapper.map(DetailFixture.detail(), true, List.of());

    @Test
    void orderPaymentAndPeopleAreTakenWhole() {
        assertThat(detail.readable()).isTrue();
        assertThat(detail.productOrderId()).isEqualTo("2024030498765431");
        assertThat(detail.payment().orderId()).isEqualTo("2024030412345671");
        assertThat(detail.payment().paymentDate()).isEqualTo(Instant.parse("2024-03-04T11:15:07.904Z"));
        assertThat(detail.payment().paymentMeans()).isEqualTo("신용카드 간편결제");
        assertThat(detail.payment().naverPointAmount()).isEqualTo(5000L);
        assertThat(detail.orderer().name()).isEqualTo("김*지");
        OrderDetail.Recipient recipient = detail.recipient();
        assertThat(recipient.tel1()).isEqualTo("010-2345-6789");
        assertThat(recipient.baseAddress()).isEqualTo("서울특별시 마포구 월드컵북로 396");
        assertThat(recipient.detailedAddress()).isEqualTo("누리꿈스퀘어 비즈니스타워 12층");
        assertThat(recipient.addressChanged()).isTrue();
        assertThat(recipient.pickupLocation()).isEqualTo("문 앞 (문 앞에 놓아 주세요)");
        assertThat(recipient.entryMethod()).isEqualTo("공동현관 비밀번호 입력 (#1234*)");
    }

    @Test
    void theLineAndItsShipment() {
        assertThat(detail.line().status().value()).isEqualTo(ProductOrderStatus.DELIVERED);
        assertThat(detail.line().productOption()).isEqualTo("색상: 베이지 / 사이즈: M");
        assertThat(detail.line().quantity()).isEqualTo(2);
        assertThat(detail.line().delayDetail()).isEqualTo("원단 입고 지연으로 하루 늦게 발송됩니다.");
        assertThat(detail.shipment().trackingNumber()).isEqualTo("684512907731");
        assertThat(detail.shipment().company().label()).isEqualTo("CJ대한통운");
        assertThat(detail.shipment().wrongTrackingNumber()).isFalse();
    }

    @Test
    void theActiveClaimComesFromCurrentClaimWithItsHoldAndFees() {
        ClaimDetail claim = detail.activeClaim();

        assertThat(claim.type().value()).isEqualTo(ClaimType.RETURN);
        assertThat(claim.status().value()).isEqualTo(ClaimStatus.COLLECT_DONE);
        assertThat(claim.reason().value()).isEqualTo(ClaimReason.SIMPLE_INTENT_CHANGED);
        assertThat(claim.detailedReason()).isEqualTo("생각보다 색이 어두워요.");
        assertThat(claim.holdback().status().value()).isEqualTo(HoldbackStatus.HOLDBACK);
        assertThat(claim.holdback().detail()).contains("택 제거");
        assertThat(claim.fees().claimDeliveryFee()).isEqualTo(6000L);
        assertThat(claim.fees().etcFee()).isEqualTo(4000L);
        assertThat(claim.collect().trackingNumber()).isEqualTo("D2485799470");
        assertThat(claim.refundExpectedDate()).isEqualTo(Instant.parse("2024-03-18T15:00:00Z"));
    }

    @Test
    void completedClaimsAreKeptInOrder() {
        assertThat(detail.completedClaims()).isNotEmpty();
        ClaimDetail exchange = detail.completedClaims().get(0);
        assertThat(exchange.type().value()).isEqualTo(ClaimType.EXCHANGE);
        assertThat(exchange.reason().value()).isEqualTo(ClaimReason.COLOR_AND_SIZE);
        assertThat(exchange.holdback().status().value()).isEqualTo(HoldbackStatus.RELEASED);
    }

    @Test
    void aDetailWithoutClaimsOrDeliveryHasNone() {
        ProductOrderDetail full = DetailFixture.detail();
        ProductOrderDetail bare = new ProductOrderDetail(null, full.productOrder(), null, null, null, null, null,
                null, null);

        OrderDetail mapped = OrderDetailMapper.map(bare, false, List.of());

        assertThat(mapped.payment()).isNull();
        assertThat(mapped.shipment()).isNull();
        assertThat(mapped.activeClaim()).isNull();
        assertThat(mapped.completedClaims()).isEmpty();
        assertThatThrownBy(() -> OrderDetailMapper.map(new ProductOrderDetail(null, null, null, null, null, null,
                null, null, null), false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyNamesCodesByTheirLabelsAndKeepsValueKinds() {
        Map<String, HistoryEntry.Change> changes = new LinkedHashMap<>();
        changes.put("productOrderStatus", new HistoryEntry.Change("PAYED", "DELIVERING"));
        changes.put("dispatchedDate", new HistoryEntry.Change(null, "2026-11-20T01:00:00Z"));
        changes.put("totalPaymentAmount", new HistoryEntry.Change("39000", "35000"));
        changes.put("addressChanged", new HistoryEntry.Change("false", "true"));
        changes.put("claimStatus", new HistoryEntry.Change(null, "SOMETHING_NEW"));

        List<HistoryItem> items = OrderDetailService.history(List.of(new HistoryEntry(
                Instant.parse("2026-11-20T01:00:05Z"), Instant.parse("2026-11-20T01:00:00Z"), "DISPATCHED", changes)));

        HistoryItem item = items.get(0);
        assertThat(item.type().label()).isEqualTo("발송 처리");
        assertThat(item.changes()).extracting(HistoryItem.FieldChange::after)
                .containsExactly("배송 중", "2026-11-20T01:00:00Z", "35000", "true", "SOMETHING_NEW");
        assertThat(item.changes()).extracting(HistoryItem.FieldChange::kind).containsExactly(HistoryItem.Kind.TEXT,
                HistoryItem.Kind.INSTANT, HistoryItem.Kind.AMOUNT, HistoryItem.Kind.FLAG, HistoryItem.Kind.TEXT);
        assertThat(item.changes().get(0).before()).isEqualTo("결제 완료");
    }
}
