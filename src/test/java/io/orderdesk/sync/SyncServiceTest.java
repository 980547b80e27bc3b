package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background service: one run at a time, status for the screens, offline since the first network failure. */
class SyncServiceTest {

    @TempDir
    Path folder;

    private SyncFixture fixture;
    private SyncService service;
    private final List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<SyncProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fixture = new SyncFixture(80, 3);
        Store store = fixture.store(folder);
        service = new SyncService(() -> fixture.engine(store, 3), fixture.sandbox.clock());
        service.addListener(new SyncService.Listener() {
            @Override
            public void onProgress(SyncProgress p) {
                progress.add(p);
            }

            @Override
            public void onStatus(SyncStatus status) {
                statuses.add(status);
            }
        });
    }

    @AfterEach
    void stop() {
        service.close();
        fixture.close();
    }

    @Test
    void aRefreshReportsProgressAndTheLastSyncTime() throws Exception {
        SyncReport report = service.refresh().get(20, TimeUnit.SECONDS);

        assertThat(report.ok()).isTrue();
        assertThat(progress).isNotEmpty();
        assertThat(statuses.get(0).running()).isTrue();
        assertThat(service.status().running()).isFalse();
        assertThat(service.status().lastSyncedAt()).isEqualTo(fixture.sandbox.clock().instant());
        assertThat(service.status().offlineSince()).isNull();
    }

    @Test
    void aRefreshWhileRunningJoinsTheRunningOne() {
        assertThat(service.refresh()).isSameAs(service.refresh());
    }

    @Test
    void whenNaverCannotBeReachedTheStatusSaysSinceWhenAndWhy() throws Exception {
        fixture.sandbox.faults().add(Fault.of(Fault.ANY, FaultKind.SERVER_ERROR));

        service.refresh().get(20, TimeUnit.SECONDS);
        SyncStatus first = service.status();
        service.refresh().get(20, TimeUnit.SECONDS);

        assertThat(first.offlineSince()).isNotNull();
        assertThat(service.status().offlineSince()).isEqualTo(first.offlineSince());
        assertThat(service.status().userMessage()).matches(".*[가-힣].*");
        assertThat(service.status().traceId()).startsWith("sbx-");

        fixture.sandbox.faults().clear();
        service.refresh().get(20, TimeUnit.SECONDS);
        assertThat(service.status().offlineSince()).isNull();
        assertThat(service.status().lastError()).isNull();
    }

    @Test
    void automaticRefreshRunsOnItsInterval() throws Exception {
        service.refreshEvery(Duration.ofMillis(200));
        long deadline = System.currentTimeMillis() + 15_000;
        while (service.status().lastSyncedAt() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        service.refreshEvery(Duration.ZERO);
        assertThat(service.status().lastSyncedAt()).isNotNull();
    }
}
