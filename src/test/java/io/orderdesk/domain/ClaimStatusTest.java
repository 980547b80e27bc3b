package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void collectionStatusesAreSharedByReturnAndExchange() {
        assertThat(ClaimStatus.COLLECTING.claimTypes()).containsExactlyInAnyOrder(ClaimType.RETURN, ClaimType.EXCHANGE);
        assertThat(ClaimStatus.COLLECT_DONE.claimTypes()).containsExactlyInAnyOrder(ClaimType.RETURN, ClaimType.EXCHANGE);
        assertThat(ClaimStatus.COLLECTING.belongsTo(ClaimType.CANCEL)).isFalse();
    }

    @Test
    void otherStatusesBelongToExactlyOneFamily() {
        assertThat(ClaimStatus.CANCELING.claimTypes()).containsExactly(ClaimType.CANCEL);
        assertThat(ClaimStatus.RETURN_REJECT.claimTypes()).containsExactly(ClaimType.RETURN);
        assertThat(ClaimStatus.EXCHANGE_REDELIVERING.claimTypes()).containsExactly(ClaimType.EXCHANGE);
        assertThat(ClaimStatus.PURCHASE_DECISION_REQUEST.claimTypes())
                .containsExactly(ClaimType.PURCHASE_DECISION_HOLDBACK);
        assertThat(ClaimStatus.ADMIN_CANCEL_DONE.claimTypes()).containsExactly(ClaimType.ADMIN_CANCEL);
    }

    @Test
    void familySizesMatchTheReferenceGrouping() {
        assertThat(countIn(ClaimType.CANCEL)).isEqualTo(4);
        assertThat(countIn(ClaimType.RETURN)).isEqualTo(5);
        assertThat(countIn(ClaimType.EXCHANGE)).isEqualTo(6);
        assertThat(countIn(ClaimType.PURCHASE_DECISION_HOLDBACK)).isEqualTo(3);
        assertThat(countIn(ClaimType.ADMIN_CANCEL)).isEqualTo(3);
        assertThat(countIn(ClaimType.UNKNOWN)).isZero();
    }

    @Test
    void unknownBelongsToNoFamilyAndIsNotFinished() {
        assertThat(ClaimStatus.UNKNOWN.claimTypes()).isEmpty();
        assertThat(ClaimStatus.UNKNOWN.isFinished()).isFalse();
    }

    @Test
    void doneAndRejectedClaimsAreFinished() {
        assertThat(Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isFinished)).containsExactlyInAnyOrder(
                ClaimStatus.CANCEL_DONE, ClaimStatus.CANCEL_REJECT,
                ClaimStatus.RETURN_DONE, ClaimStatus.RETURN_REJECT,
                ClaimStatus.EXCHANGE_DONE, ClaimStatus.EXCHANGE_REJECT,
                ClaimStatus.ADMIN_CANCEL_DONE, ClaimStatus.ADMIN_CANCEL_REJECT);
    }

    @Test
    void collectDoneIsNotFinishedBecauseApprovalIsStillDue() {
        assertThat(ClaimStatus.COLLECT_DONE.isFinished()).isFalse();
    }

    private static long countIn(ClaimType type) {
        return Arrays.stream(ClaimStatus.values()).filter(status -> status.belongsTo(type)).count();
    }
}
