package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.store.OrderSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenMarksTest {

    private static final Instant FIRST = Instant.parse("2026-11-19T03:00:00Z");

    private final List<Map<String, String>> saved = new ArrayList<>();
    private final SeenMarks marks = new SeenMarks(Map.of(), saved::add);

    @Test
    void plainLinesNeverNeedALook() {
        OrderSummary plain = TestLine.of("1").build();

        assertThat(marks.needsAttention(plain)).isFalse();
        marks.markSeen(plain);
        assertThat(saved).isEmpty();
    }

    @Test
    void aChangedAddressIsMarkedUntilSeen() {
        OrderSummary moved = TestLine.of("1").addressChanged().build();

        assertThat(marks.needsAttention(moved)).isTrue();
        marks.markSeen(moved);

        assertThat(marks.needsAttention(moved)).isFalse();
        assertThat(saved).containsExactly(Map.of("1", "address"));
    }

    @Test
    void anOpenClaimIsMarkedAndASecondClaimOnTheSameLineAgain() {
        OrderSummary returned = TestLine.of("1").status("DELIVERED", "OK").claim("RETURN", "RETURN_REQUEST", FIRST)
                .build();
        marks.markSeen(returned);
        OrderSummary exchanged = TestLine.of("1").status("DELIVERED", "OK")
                .claim("EXCHANGE", "EXCHANGE_REQUEST", FIRST.plusSeconds(86_400)).build();

        assertThat(marks.needsAttention(returned)).isFalse();
        assertThat(marks.needsAttention(exchanged)).isTrue();
    }

    @Test
    void finishedClaimsAreNotNewsAndSavedMarksAreKept() {
        OrderSummary done = TestLine.of("1").status("CANCELED", "OK").claim("CANCEL", "CANCEL_DONE", FIRST).build();
        OrderSummary moved = TestLine.of("2").addressChanged().build();
        SeenMarks reopened = new SeenMarks(Map.of("2", "address"), saved::add);

        assertThat(reopened.needsAttention(done)).isFalse();
        assertThat(reopened.needsAttention(moved)).isFalse();
    }
}
