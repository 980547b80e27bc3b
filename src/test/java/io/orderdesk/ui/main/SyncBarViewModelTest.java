package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncStatus;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SyncBarViewModelTest {

    private static final Instant SYNCED = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant OFFLINE = Instant.parse("2026-11-20T02:30:00Z");

    private final FakeSyncPort port = new FakeSyncPort();
    private final SyncBarViewModel viewModel = new SyncBarViewModel(port, new InlineUiExecutor(),
            new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN)));

    @Test
    void refreshAsksTheSyncAndIsNotOfferedWhileOneRuns() {
        assertThat(viewModel.lastSyncedTextProperty().get()).isEqualTo("아직 동기화하지 않았습니다");

        viewModel.refreshCommand().execute();
        port.status(new SyncStatus(true, null, null, null));
        viewModel.refreshCommand().execute();

        assertThat(port.refreshes).isEqualTo(1);
        assertThat(viewModel.refreshCommand().isExecutable()).isFalse();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.progressProperty().get()).isEqualTo(-1);
    }

    @Test
    void progressShowsCountsAndTheEndShowsWhatCameIn() {
        port.status(new SyncStatus(true, null, null, null));
        port.progress(3, 14, 420);
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("동기화 중 · 구간 3/14 · 주문 420건 받음");
        assertThat(viewModel.progressProperty().get()).isEqualTo(3 / 14.0);

        port.finished(SyncReport.Outcome.OK, 5, 2, null);
        port.status(new SyncStatus(false, SYNCED, null, null));

        assertThat(viewModel.statusTextProperty().get()).isEqualTo("동기화 완료 · 추가 5건 · 변경 2건");
        assertThat(viewModel.lastSyncedTextProperty().get()).isEqualTo("마지막 동기화 2026-11-20 10:00");
        assertThat(viewModel.changedRunsProperty().get()).isEqualTo(1);
        assertThat(viewModel.refreshCommand().isExecutable()).isTrue();
        assertThat(viewModel.problemProperty().get()).isFalse();
    }

    @Test
    void aRunWithNothingNewDoesNotMakeScreensReadAgain() {
        port.finished(SyncReport.Outcome.OK, 0, 0, null);
        port.finished(SyncReport.Outcome.BUSY, 0, 0, null);

        assertThat(viewModel.changedRunsProperty().get()).isZero();
        assertThat(viewModel.statusTextProperty().get()).contains("다른 PC가 동기화");
    }

    @Test
    void offlineSaysSinceWhenAndWhyWithTheTraceIdAtHand() {
        RuntimeException failure = new UncheckedIOException(new java.io.IOException("connect refused"));

        port.status(new SyncStatus(false, SYNCED, OFFLINE, failure));
        port.finished(SyncReport.Outcome.FAILED, 0, 0, failure);

        assertThat(viewModel.problemProperty().get()).isTrue();
        assertThat(viewModel.offlineProperty().get()).isTrue();
        assertThat(viewModel.problemTextProperty().get())
                .isEqualTo("2026-11-20 11:30부터 네이버페이에 연결할 수 없습니다. 저장된 주문으로 계속 일할 수 있습니다.");
        assertThat(viewModel.reasonProperty().get()).contains("저장된 주문은 그대로 볼 수 있습니다");
        assertThat(viewModel.lastSyncedTextProperty().get()).isEqualTo("마지막 동기화 2026-11-20 10:00");

        port.status(new SyncStatus(false, OFFLINE.plusSeconds(60), null, null));
        assertThat(viewModel.problemProperty().get()).isFalse();
        assertThat(viewModel.problemTextProperty().get()).isNull();
    }

    @Test
    void aFailureThatIsNotAboutTheNetworkIsShownWithoutSince() {
        port.status(new SyncStatus(false, null, null, new IllegalStateException("bad settings")));

        assertThat(viewModel.problemProperty().get()).isTrue();
        assertThat(viewModel.offlineProperty().get()).isFalse();
        assertThat(viewModel.problemTextProperty().get()).startsWith("주문을 새로 가져오지 못했습니다");
        assertThat(viewModel.traceIdProperty().get()).isNull();
    }
}
