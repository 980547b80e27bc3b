package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TransactionTest extends OnEachDatabase {

    private static final Cursor CURSOR = new Cursor(OffsetDateTime.parse("2024-03-04T20:00:00+09:00"), "seq-2");

    @Test
    void aPageAndItsCursorCommitTogether() {
        UpsertResult result = store.inTransaction(tx -> {
            UpsertResult upserted = tx.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").build()));
            tx.cursors().put("changes", CURSOR);
            return upserted;
        });

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(store.productOrders().count()).isEqualTo(2);
        assertThat(store.cursors().get("changes")).get()
                .satisfies(cursor -> assertThat(cursor.from().toInstant()).isEqualTo(CURSOR.from().toInstant()))
                .extracting(Cursor::moreSequence).isEqualTo("seq-2");
        assertThat(store.index().size()).isEqualTo(2);
    }

    @Test
    void aFailureRollsBackThePageTheCursorAndKeepsTheIndexUntouched() {
        store.cursors().put("changes", new Cursor(OffsetDateTime.parse("2024-03-01T00:00:00Z"), null));

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.productOrders().upsert(List.of(Line.of("1").build()));
            tx.cursors().put("changes", CURSOR);
            throw new IllegalStateException("network died mid-page");
        })).isInstanceOf(IllegalStateException.class).hasMessage("network died mid-page");

        assertThat(store.productOrders().count()).isZero();
        assertThat(store.productOrders().history("1")).isEmpty();
        assertThat(store.cursors().get("changes").orElseThrow().moreSequence()).isNull();
        assertThat(store.index().size()).isZero();
    }

    @Test
    void otherConnectionsDoNotSeeThePageBeforeCommit() {
        int seenDuring = store.inTransaction(tx -> {
            tx.productOrders().upsert(List.of(Line.of("1").build()));
            return (int) store.productOrders().count() + store.index().size();
        });

        assertThat(seenDuring).isZero();
        assertThat(store.index().size()).isEqualTo(1);
    }

    @Test
    void repositoriesOfAnEndedTransactionRefuseWork() {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        store.inTransaction(tx -> {
            kept.set(tx);
            return null;
        });

        assertThatThrownBy(() -> kept.get().productOrders().upsert(List.of(Line.of("1").build())))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> kept.get().cursors().get("changes")).isInstanceOf(StoreException.class);
    }
}
