package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SyncLeaseTest extends OnEachDatabase {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aLeaseBelongsToOneOwnerUntilReleased() {
        SyncLease lease = store.lease();

        assertThat(lease.tryAcquire("sync", "pc-a", MINUTE)).isTrue();
        assertThat(lease.tryAcquire("sync", "pc-b", MINUTE)).isFalse();
        assertThat(lease.tryAcquire("sync", "pc-a", MINUTE)).as("the owner may extend it").isTrue();
        assertThat(lease.renew("sync", "pc-b", MINUTE)).isFalse();
        assertThat(lease.renew("sync", "pc-a", MINUTE)).isTrue();

        lease.release("sync", "pc-b");
        assertThat(lease.tryAcquire("sync", "pc-b", MINUTE)).as("only the owner can release").isFalse();
        lease.release("sync", "pc-a");
        assertThat(lease.tryAcquire("sync", "pc-b", MINUTE)).isTrue();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsOldOwnerCannotRenewIt() throws InterruptedException {
        SyncLease lease = store.lease();
        lease.tryAcquire("sync", "pc-a", Duration.ofMillis(100));
        Thread.sleep(250);

        assertThat(lease.tryAcquire("sync", "pc-b", MINUTE)).isTrue();
        assertThat(lease.renew("sync", "pc-a", MINUTE)).isFalse();
        assertThat(lease.tryAcquire("sync", "pc-a", MINUTE)).isFalse();
    }

    @Test
    void aPageTransactionNoticesALostLeaseAndRollsBack() throws InterruptedException {
        store.lease().tryAcquire("sync", "pc-a", Duration.ofMillis(100));
        Thread.sleep(250);
        store.lease().tryAcquire("sync", "pc-b", MINUTE);

        boolean stillOurs = store.inTransaction(tx -> {
            if (!tx.lease().renew("sync", "pc-a", MINUTE)) {
                return false;
            }
            tx.productOrders().upsert(List.of(Line.of("1").build()));
            return true;
        });

        assertThat(stillOurs).isFalse();
        assertThat(store.productOrders().count()).isZero();
    }

    @Test
    void twoInstancesRacingForAFreeLeaseNeverBothWin() throws Exception {
        try (Store other = db.openAs("pc-b")) {
            for (int round = 0; round < 15; round++) {
                assertThat(race(store, other, "free-" + round)).as("round %d", round).isEqualTo(1);
            }
        }
    }

    @Test
    void twoInstancesRacingForAnExpiredLeaseNeverBothWin() throws Exception {
        try (Store other = db.openAs("pc-b")) {
            for (int round = 0; round < 10; round++) {
                store.lease().tryAcquire("expired-" + round, "crashed", Duration.ofMillis(1));
            }
            Thread.sleep(50);
            for (int round = 0; round < 10; round++) {
                assertThat(race(store, other, "expired-" + round)).as("round %d", round).isEqualTo(1);
            }
        }
    }

    /** Both stores try for the lease at the same moment; returns how many got it. */
    private static int race(Store first, Store second, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> a = pool.submit(() -> {
                start.await();
                return first.lease().tryAcquire(name, "pc-a", MINUTE);
            });
            Future<Boolean> b = pool.submit(() -> {
                start.await();
                return second.lease().tryAcquire(name, "pc-b", MINUTE);
            });
            return (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
        } finally {
            pool.shutdownNow();
        }
    }
}
