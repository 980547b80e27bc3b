package io.orderdesk.ui.synclog;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.store.LedgerEntry;
import io.orderdesk.store.SyncLedger;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncLogViewModelTest {

    private static final Instant STARTED = Instant.parse("2026-11-20T01:00:00Z");

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final List<String> clipboard = new ArrayList<>();

    @Test
    void showsEachWindowInKstWithOutcomeRowsAndDuration() {
        SyncLogViewModel viewModel = loaded(List.of(
                entry(2, "incremental", SyncLedger.FAILED, "lastChangedStatuses HTTP 500", List.of("t-3"), 95),
                entry(1, "backfill", SyncLedger.OK, null, List.of("t-1", "t-2"), 4)));

        assertThat(viewModel.rows()).hasSize(2);
        SyncLogRow failed = viewModel.rows().get(0);
        assertThat(failed.kind()).isEqualTo("변경분");
        assertThat(failed.outcome()).isEqualTo("실패");
        assertThat(failed.outcomeStyle()).isEqualTo("failed");
        assertThat(failed.started()).isEqualTo("2026-11-20 10:00:00");
        assertThat(failed.window()).isEqualTo("2026-11-19 10:00 ~ 11-20 10:00");
        assertThat(failed.duration()).isEqualTo("1분 35초");
        assertThat(failed.message()).isEqualTo("lastChangedStatuses HTTP 500");
        SyncLogRow ok = viewModel.rows().get(1);
        assertThat(ok.kind()).isEqualTo("처음 가져오기");
        assertThat(ok.outcome()).isEqualTo("성공");
        assertThat(ok.outcomeStyle()).isEqualTo("ok");
        assertThat(ok.duration()).isEqualTo("4초");
        assertThat(loaded(List.of(entry(3, "incremental", SyncLedger.OK, null, List.of(), 0))).rows().get(0)
                .duration()).isEqualTo("1초 미만");
        assertThat(ok.message()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("최근 2건");
    }

    @Test
    void theSelectedWindowsMessageFollowsItsHeading() {
        SyncLogViewModel viewModel = loaded(List.of(
                entry(1, "incremental", SyncLedger.FAILED, "lastChangedStatuses HTTP 403", List.of("t-9"), 1)));

        viewModel.selectedProperty().set(viewModel.rows().get(0));

        assertThat(viewModel.selectedMessageProperty().get())
                .isEqualTo("변경분 · 2026-11-19 10:00 ~ 11-20 10:00 · 실패\nlastChangedStatuses HTTP 403");
    }

    @Test
    void aWindowWithinOneDayShowsTheEndTimeOnly() {
        assertThat(SyncLogRow.window(OffsetDateTime.parse("2026-11-20T00:00:00Z"),
                OffsetDateTime.parse("2026-11-20T01:30:00Z"))).isEqualTo("2026-11-20 09:00 ~ 10:30");
    }

    @Test
    void runningAndUnknownEntriesAreShownAsTheyAre() {
        LedgerEntry running = new LedgerEntry(3, "sweep", window(), window().plusHours(1), 0, 0, List.of(), STARTED,
                null, null, null);
        LedgerEntry future = new LedgerEntry(4, "reindex", window(), window().plusHours(1), 1, 2, List.of(), STARTED,
                STARTED, "PARTIAL", null);

        SyncLogViewModel viewModel = loaded(List.of(running, future));

        assertThat(viewModel.rows().get(0).outcome()).isEqualTo("진행 중");
        assertThat(viewModel.rows().get(0).outcomeStyle()).isEqualTo("running");
        assertThat(viewModel.rows().get(0).kind()).isEqualTo("대조 점검");
        assertThat(viewModel.rows().get(0).duration()).isEmpty();
        assertThat(viewModel.rows().get(1).outcome()).isEqualTo("PARTIAL");
        assertThat(viewModel.rows().get(1).kind()).isEqualTo("reindex");
        assertThat(viewModel.rows().get(1).outcomeStyle()).isEqualTo("other");
    }

    @Test
    void copiesTheSelectedWindowsTraceIdsOnePerLine() {
        SyncLogViewModel viewModel = loaded(List.of(
                entry(2, "incremental", SyncLedger.OK, null, List.of(), 1),
                entry(1, "backfill", SyncLedger.OK, null, List.of("t-1", "t-2"), 1)));
        assertThat(viewModel.copyTraceIdsCommand().isExecutable()).isFalse();
        assertThat(viewModel.selectedMessageProperty().get()).contains("구간을 고르면");

        viewModel.selectedProperty().set(viewModel.rows().get(0));
        assertThat(viewModel.copyTraceIdsCommand().isExecutable()).isFalse();
        assertThat(viewModel.selectedTraceIdsProperty().get()).isEqualTo("이 구간에는 Trace ID가 없습니다.");

        viewModel.selectedProperty().set(viewModel.rows().get(1));
        assertThat(viewModel.selectedTraceIdsProperty().get()).isEqualTo("t-1\nt-2");
        assertThat(viewModel.selectedMessageProperty().get())
                .isEqualTo("처음 가져오기 · 2026-11-19 10:00 ~ 11-20 10:00 · 성공");
        viewModel.copyTraceIdsCommand().execute();

        assertThat(clipboard).containsExactly("t-1\nt-2");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Trace ID 2개를 복사했습니다.");
    }

    @Test
    void refreshReadsTheLedgerAgainAndAFailureIsSaid() {
        AtomicInteger reads = new AtomicInteger();
        List<LedgerEntry> entries = new ArrayList<>();
        SyncLogViewModel viewModel = new SyncLogViewModel(limit -> {
            assertThat(limit).isEqualTo(SyncLogViewModel.LIMIT);
            if (reads.incrementAndGet() == 3) {
                throw new IllegalStateException("database gone");
            }
            return List.copyOf(entries);
        }, new InlineUiExecutor(), korean);

        viewModel.refreshCommand().execute();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("아직 동기화 기록이 없습니다.");

        entries.add(entry(1, "backfill", SyncLedger.OK, null, List.of("t-1"), 1));
        viewModel.refreshCommand().execute();
        assertThat(viewModel.rows()).hasSize(1);

        viewModel.refreshCommand().execute();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("기록을 읽지 못했습니다.");
        assertThat(viewModel.rows()).as("what was shown stays").hasSize(1);
        assertThat(viewModel.refreshCommand().isExecutable()).isTrue();
    }

    @Test
    void englishWordsComeFromTheEnglishBundle() {
        SyncLogViewModel viewModel = new SyncLogViewModel(
                limit -> List.of(entry(1, "backfill", SyncLedger.CANCELLED, "취소됨", List.of(), 130)),
                new InlineUiExecutor(), ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH));
        viewModel.refreshCommand().execute();

        assertThat(viewModel.rows().get(0).outcome()).isEqualTo("Cancelled");
        assertThat(viewModel.rows().get(0).kind()).isEqualTo("First fetch");
        assertThat(viewModel.rows().get(0).duration()).isEqualTo("2 min 10 s");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Latest 1");
        assertThat(viewModel.rows().get(0).message()).as("the sync's Korean word is what the outcome says").isEmpty();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        assertThat(viewModel.selectedMessageProperty().get()).doesNotContainPattern("[\\uAC00-\\uD7A3]");
    }

    private SyncLogViewModel loaded(List<LedgerEntry> entries) {
        SyncLogViewModel viewModel = new SyncLogViewModel(limit -> entries, new InlineUiExecutor(), korean);
        viewModel.useClipboard(clipboard::add);
        viewModel.refreshCommand().execute();
        return viewModel;
    }

    private static LedgerEntry entry(long id, String kind, String outcome, String message, List<String> traces,
                                     int seconds) {
        return new LedgerEntry(id, kind, window(), window().plusDays(1), 2, 40, traces, STARTED,
                STARTED.plusSeconds(seconds), outcome, message);
    }

    private static OffsetDateTime window() {
        return OffsetDateTime.parse("2026-11-19T01:00:00Z");
    }
}
