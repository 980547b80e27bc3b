package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.sync.SandboxSync;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncStatus;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a sync failed, in the user's language: real failures from the sandbox become a stable {@link SyncStatus.Problem}
 * in the sync, and the screen takes the words from the bundle. In Korean they are the command line's words.
 */
class SyncProblemWordsTest {

    private static final Instant SYNCED = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant OFFLINE = Instant.parse("2026-11-20T02:30:00Z");
    private static final String HANGUL = "[\\uAC00-\\uD7A3]";

    private static Sandbox sandbox;

    @TempDir
    static Path folder;

    private final FakeSyncPort port = new FakeSyncPort();
    private final SyncBarViewModel english = viewModel(Locale.ENGLISH);
    private final SyncBarViewModel korean = viewModel(Locale.KOREAN);

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(7, 20, 2).withRate(1000));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private SyncBarViewModel viewModel(Locale locale) {
        return new SyncBarViewModel(port, new InlineUiExecutor(),
                new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", locale)));
    }

    @Test
    void whatTheSandboxDoesWrongIsSaidInEnglishAndInTheCommandLinesKorean() {
        Map<FaultKind, SyncStatus.Problem> faults = new LinkedHashMap<>();
        faults.put(FaultKind.IP_NOT_ALLOWED, SyncStatus.Problem.IP_NOT_ALLOWED);
        faults.put(FaultKind.RATE_LIMIT, SyncStatus.Problem.RATE_LIMITED);
        faults.put(FaultKind.SERVER_ERROR, SyncStatus.Problem.SERVER);
        faults.put(FaultKind.HTML_ERROR, SyncStatus.Problem.BAD_RESPONSE);
        Map<SyncStatus.Problem, String> words = Map.of(
                SyncStatus.Problem.IP_NOT_ALLOWED, "This PC's internet address is not allowed.",
                SyncStatus.Problem.RATE_LIMITED, "Naver Pay is busy and not taking requests for a moment.",
                SyncStatus.Problem.SERVER, "The Naver Pay server has a temporary problem.",
                SyncStatus.Problem.BAD_RESPONSE, "Naver Pay sent an answer this version cannot read.");

        try (Store store = Store.openLocal(folder.resolve("faults")); SandboxSync sync = new SandboxSync(sandbox, store,
                1)) {
            faults.forEach((kind, problem) -> {
                sandbox.faults().clear();
                sandbox.faults().add(Fault.of("LAST_CHANGED_STATUSES", kind));
                SyncReport report = sync.run();
                SyncStatus status = new SyncStatus(false, SYNCED, OFFLINE, report.error());

                port.status(status);

                assertThat(status.problem()).as(kind.name()).isEqualTo(problem);
                assertThat(english.reasonProperty().get()).as(kind.name()).startsWith(words.get(problem))
                        .doesNotContainPattern(HANGUL);
                assertThat(korean.reasonProperty().get()).as(kind.name()).isEqualTo(status.userMessage());
                assertThat(english.traceIdProperty().get()).isEqualTo(status.traceId());
            });
        } finally {
            sandbox.faults().clear();
        }
    }

    @Test
    void anUnreachableServerReadsAsOfflineInEnglish() {
        Sandbox gone = Sandbox.start(SandboxOptions.defaults().withWorld(8, 5, 1).withRate(1000));
        try (Store store = Store.openLocal(folder.resolve("gone")); SandboxSync sync = new SandboxSync(gone, store,
                1)) {
            gone.close();
            SyncReport report = sync.run();
            SyncStatus status = new SyncStatus(false, SYNCED, OFFLINE, report.error());

            port.status(status);
            port.finished(SyncReport.Outcome.FAILED, 0, 0, report.error());

            assertThat(status.problem()).isEqualTo(SyncStatus.Problem.UNREACHABLE);
            assertThat(english.problemTextProperty().get()).isEqualTo("Naver Pay cannot be reached since "
                    + "2026-11-20 11:30. You can keep working with the saved orders.");
            assertThat(english.reasonProperty().get())
                    .isEqualTo("Cannot reach the Naver Pay server. Check the internet connection, then try again.");
            assertThat(english.statusTextProperty().get())
                    .isEqualTo("Could not sync. The saved orders are still here.");
            assertThat(korean.reasonProperty().get()).isEqualTo(status.userMessage());
        }
    }

    @Test
    void aFailureOutsideTheApiIsUnexpectedInBothLanguages() {
        SyncStatus status = new SyncStatus(false, SYNCED, null, new IllegalStateException("store closed"));

        port.status(status);

        assertThat(status.problem()).isEqualTo(SyncStatus.Problem.UNEXPECTED);
        assertThat(english.reasonProperty().get()).isEqualTo("Syncing failed unexpectedly. The saved orders are still "
                + "here.");
        assertThat(korean.reasonProperty().get()).isEqualTo(status.userMessage());
        assertThat(english.traceIdProperty().get()).isNull();

        port.status(new SyncStatus(false, SYNCED, null, null));
        assertThat(english.reasonProperty().get()).isNull();
        assertThat(SyncStatus.NEVER.problem()).isNull();
    }
}
