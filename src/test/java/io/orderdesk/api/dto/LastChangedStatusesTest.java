package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.ProductOrderStatus;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The two official change-feed examples (reference §9.2). */
class LastChangedStatusesTest {

    private static final Type TYPE = Fixtures.envelopeOf(LastChangedStatuses.class);
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    @Test
    void pageWithoutMore() {
        Envelope<LastChangedStatuses> envelope = Fixtures.parse("last-changed-not-more.json", TYPE);

        assertThat(envelope.timestamp()).isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 27, 38, 419_000_000, KST));
        assertThat(envelope.timestamp().getOffset()).isEqualTo(KST);
        assertThat(envelope.traceId()).as("these examples carry no traceId").isNull();
        LastChangedStatuses data = envelope.data();
        assertThat(data.count()).isEqualTo(3);
        assertThat(data.more()).isNull();
        assertThat(data.lastChangeStatuses().isComplete()).isTrue();
        assertThat(data.lastChangeStatuses().items()).extracting(LastChangeStatus::productOrderId)
                .containsExactly("2022051122441251", "2022051122442301", "2022051122443341");

        LastChangeStatus first = data.lastChangeStatuses().items().get(0);
        assertThat(first.orderId()).isEqualTo("2022051120592121");
        assertThat(first.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYMENT_WAITING);
        assertThat(first.lastChangedType().value()).isEqualTo(LastChangedType.PAY_WAITING);
        assertThat(first.lastChangedDate()).isEqualTo(OffsetDateTime.of(2022, 5, 11, 21, 5, 26, 0, KST));
        assertThat(first.receiverAddressChanged()).isFalse();
        assertThat(first.claimType()).as("absent when there is no claim").isNull();
        assertThat(first.claimStatus()).isNull();
        assertThat(first.paymentDate()).isNull();
        assertThat(first.giftReceivingStatus()).isNull();

        LastChangeStatus third = data.lastChangeStatuses().items().get(2);
        assertThat(third.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(third.lastChangedType().value()).isEqualTo(LastChangedType.PAYED);
        assertThat(third.paymentDate()).as("absent even for the PAYED row").isNull();
    }

    @Test
    void claimFieldsArePresentOnTheCancelledRow() {
        Envelope<LastChangedStatuses> envelope = Fixtures.parse("last-changed-not-more.json", TYPE);

        LastChangeStatus cancel = envelope.data().lastChangeStatuses().items().get(1);
        assertThat(cancel.claimType().value()).isEqualTo(ClaimType.CANCEL);
        assertThat(cancel.claimStatus().value()).isEqualTo(ClaimStatus.CANCELING);
        assertThat(cancel.lastChangedType().value()).isEqualTo(LastChangedType.CLAIM_REQUESTED);
        assertThat(cancel.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYMENT_WAITING);
    }

    @Test
    void pageWithMorePointsAtTheFirstItemNotReturned() {
        Envelope<LastChangedStatuses> envelope = Fixtures.parse("last-changed-has-more.json", TYPE);

        LastChangedStatuses data = envelope.data();
        assertThat(data.count()).isEqualTo(2);
        assertThat(data.lastChangeStatuses().items()).hasSize(2);
        assertThat(data.more().moreSequence()).isEqualTo("2022051122443341");
        assertThat(data.more().moreFrom()).isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, KST));
        assertThat(data.more().moreFrom().getOffset()).isEqualTo(KST);
        assertThat(envelope.timestamp()).isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 27, 54, 781_000_000, KST));
    }
}
