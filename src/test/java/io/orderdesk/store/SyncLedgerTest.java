package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncLedgerTest extends OnEachDatabase {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2024-03-04T00:00:00.000+09:00");
    private static final OffsetDateTime TO = OffsetDateTime.parse("2024-03-05T00:00:00.000+09:00");

    @Test
    void recordsAWindowFromStartToFinish() {
        SyncLedger ledger = store.ledger();
        long id = ledger.start("CHANGES", FROM, TO);

        LedgerEntry running = ledger.recent(1).get(0);
        ledger.finish(id, 3, 612, List.of("trace-a", "trace-b", "trace-c"), SyncLedger.OK, null);
        LedgerEntry done = ledger.recent(1).get(0);

        assertThat(running.isRunning()).isTrue();
        assertThat(running.outcome()).isNull();
        assertThat(done.id()).isEqualTo(id);
        assertThat(done.kind()).isEqualTo("CHANGES");
        assertThat(done.from().toInstant()).isEqualTo((FROM).toInstant());
        assertThat(done.to().toInstant()).isEqualTo((TO).toInstant());
        assertThat(done.pages()).isEqualTo(3);
        assertThat(done.rows()).isEqualTo(612);
        assertThat(done.traceIds()).containsExactly("trace-a", "trace-b", "trace-c");
        assertThat(done.outcome()).isEqualTo(SyncLedger.OK);
        assertThat(done.isRunning()).isFalse();
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
    }

    @Test
    void listsTheNewestEntriesFirst() {
        SyncLedger ledger = store.ledger();
        long first = ledger.start("BACKFILL", FROM, TO);
        ledger.finish(first, 0, 0, List.of(), SyncLedger.FAILED, "GW.RATE_LIMIT 429");
        long second = ledger.start("CHANGES", TO, null);
        long third = ledger.start("SWEEP", null, null);

        List<LedgerEntry> recent = ledger.recent(2);

        assertThat(recent).extracting(LedgerEntry::id).containsExactly(third, second);
        assertThat(ledger.recent(10)).hasSize(3).last()
                .satisfies(entry -> assertThat(entry.message()).isEqualTo("GW.RATE_LIMIT 429"))
                .satisfies(entry -> assertThat(entry.traceIds()).isEmpty());
        assertThat(recent.get(1).to()).isNull();
    }

    @Test
    void finishingAnUnknownWindowFails() {
        assertThatThrownBy(() -> store.ledger().finish(4711, 0, 0, List.of(), SyncLedger.CANCELLED, null))
                .isInstanceOf(StoreException.class);
    }
}
