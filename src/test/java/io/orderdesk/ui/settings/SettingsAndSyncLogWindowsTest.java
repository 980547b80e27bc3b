package io.orderdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.store.SyncLedger;
import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.sync.SandboxSync;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import io.orderdesk.ui.synclog.SyncLogRow;
import io.orderdesk.ui.synclog.SyncLogView;
import io.orderdesk.ui.synclog.SyncLogViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The settings and sync-log windows as a shop worker uses them, against the sandbox and a real store. */
class SettingsAndSyncLogWindowsTest extends OwnerWindowTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Sandbox sandbox;

    @TempDir
    Path folder;

    private Store store;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, 120, 4).withRate(1000));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void closeStore() {
        sandbox.faults().clear();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void settingsValidateSaveTheSecretOnceAndCheckTheApi(FxRobot robot) throws Exception {
        store = Store.openLocal(folder);
        SettingsViewModel viewModel = new SettingsViewModel(
                new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null), executor, korean);
        robot.interact(() -> window = SettingsView.open(owner, viewModel, korean));
        waitFor(() -> viewModel.loadedProperty().get());

        assertThat(this.<Label>node("#operatorError").getText()).isEqualTo("작업자 이름을 입력하세요.");
        assertThat(this.<Label>node("#operatorError").isVisible()).isTrue();
        assertThat(this.<Button>node("#saveButton").isDisabled()).isTrue();
        assertThat(this.<TextField>node("#clientIdField").isDisabled()).as("demo needs no credentials").isTrue();

        robot.clickOn("#environmentChoice").clickOn("직접 입력한 주소");
        assertThat(node("#baseUrlField").isVisible()).isTrue();
        assertThat(this.<Label>node("#clientIdError").getText()).isEqualTo("애플리케이션 ID를 입력하세요.");
        // Long machine-made values are pasted, as people do; the rest is typed.
        robot.interact(() -> this.<TextField>node("#baseUrlField").setText(sandbox.baseUrl()));
        robot.clickOn("#clientIdField").write(sandbox.clientId());
        robot.clickOn("#secretField").write("not-a-secret");
        assertThat(this.<Label>node("#secretError").getText()).startsWith("시크릿은 $2a$로 시작하는 29자");
        robot.interact(() -> this.<PasswordField>node("#secretField").clear());
        robot.clickOn("#secretField").write(sandbox.clientSecret());
        robot.interact(() -> this.<TextField>node("#merchantIdField").setText(sandbox.merchantId()));
        robot.clickOn("#operatorField").write("김하나");
        assertThat(this.<Button>node("#saveButton").isDisabled()).isFalse();

        robot.clickOn("#saveButton");
        waitFor(() -> "저장했습니다.".equals(this.<Label>node("#statusLabel").getText()));

        PasswordField secret = node("#secretField");
        assertThat(secret.getText()).isEmpty();
        assertThat(secret.getPromptText()).isEqualTo("저장됨 (변경하려면 새로 입력)");
        assertThat(store.settings().getSecret(SettingKeys.CLIENT_SECRET)).contains(sandbox.clientSecret());
        assertThat(store.settings().get(SettingKeys.ENVIRONMENT)).contains(ConnectionSettings.CUSTOM);
        assertThat(store.settings().get(SettingKeys.OPERATOR_NAME)).contains("김하나");
        robot.clickOn("#operatorField");
        screenshot("settings.png");

        robot.clickOn("#apiCheckButton");
        waitFor(() -> viewModel.apiCheck().getStatus() == ApiCheckStatus.OK);
        assertThat(this.<Label>node("#apiCheckSummary").getText()).startsWith("연결되었습니다.");
        assertThat(this.<Label>node("#apiCheckDetails").getText()).contains("PC 시계 차이");
        assertThat(this.<TextField>node("#apiCheckTraceId").getText()).isNotBlank();
        assertThat(node("#apiCheckBox").getStyleClass()).contains("check-ok");
        screenshot("settings-api-check.png");

        sandbox.faults().add(Fault.of(Fault.TOKEN, FaultKind.IP_NOT_ALLOWED));
        robot.clickOn("#apiCheckButton");
        waitFor(() -> viewModel.apiCheck().getStatus() == ApiCheckStatus.FAILED);
        assertThat(this.<Label>node("#apiCheckSummary").getText()).contains("GW.IP_NOT_ALLOWED");
        assertThat(this.<Label>node("#apiCheckDetails").getText())
                .contains("네이버페이센터 API 관리에서 이 PC의 공인 IP를 등록하세요.");
        assertThat(node("#apiCheckBox").getStyleClass()).contains("check-failed").doesNotContain("check-ok");
        screenshot("settings-ip-not-allowed.png");

        robot.clickOn("#closeButton");
        assertThat(window.isShowing()).isFalse();
    }

    @Test
    void theEnglishSettingsFitTooAndSayTheWindowReopensInTheNewLanguage(FxRobot robot) throws Exception {
        store = Store.openLocal(folder);
        ResourceBundle english = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH);
        SettingsViewModel viewModel = new SettingsViewModel(
                new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null), executor, english);
        robot.interact(() -> window = SettingsView.open(owner, viewModel, english));
        waitFor(() -> viewModel.loadedProperty().get());
        robot.clickOn("#operatorField").write("Hana Kim");
        robot.clickOn("#localeChoice").clickOn("English");

        robot.clickOn("#saveButton");
        waitFor(() -> this.<Label>node("#statusLabel").getText().startsWith("Saved."));

        assertThat(this.<Label>node("#statusLabel").getText()).contains("reopens in the new language");
        assertThat(store.settings().get(SettingKeys.LOCALE)).contains("en");
        assertThat(window.getTitle()).isEqualTo("Settings");
        screenshot("settings-en.png");
    }

    @Test
    void theSyncLogShowsEachWindowWithItsOutcomeAndCopiesTraceIds(FxRobot robot) throws Exception {
        store = Store.openLocal(folder);
        try (SandboxSync sync = new SandboxSync(sandbox, store, 3)) {
            assertThat(sync.run().outcome()).isEqualTo(SyncReport.Outcome.OK);
            sandbox.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.IP_NOT_ALLOWED));
            assertThat(sync.run().outcome()).isEqualTo(SyncReport.Outcome.FAILED);
            sandbox.faults().clear();
            assertThat(sync.run().outcome()).isEqualTo(SyncReport.Outcome.OK);
        }
        SyncLogViewModel viewModel = new SyncLogViewModel(store.ledger()::recent, executor, korean);
        robot.interact(() -> window = SyncLogView.open(owner, viewModel, korean));
        waitFor(() -> !viewModel.rows().isEmpty());

        TableView<SyncLogRow> table = node("#ledgerTable");
        assertThat(table.getItems()).hasSize(store.ledger().recent(SyncLogViewModel.LIMIT).size());
        assertThat(table.getItems()).extracting(SyncLogRow::outcome).contains("성공", "실패");
        assertThat(store.ledger().recent(10)).extracting(entry -> entry.outcome()).contains(SyncLedger.FAILED);
        assertThat(this.<Label>node("#summaryLabel").getText()).startsWith("최근 ");
        assertThat(this.<Button>node("#copyTraceIdsButton").isDisabled()).isTrue();

        int withTraces = indexOf(table, "처음 가져오기");
        robot.interact(() -> table.getSelectionModel().select(withTraces));
        SyncLogRow selected = table.getItems().get(withTraces);
        assertThat(this.<TextArea>node("#traceIdsArea").getText()).isEqualTo(String.join("\n", selected.traceIds()));
        robot.clickOn("#copyTraceIdsButton");
        assertThat(this.<Label>node("#statusLabel").getText())
                .isEqualTo("Trace ID " + selected.traceIds().size() + "개를 복사했습니다.");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(String.join("\n", selected.traceIds()));
        screenshot("sync-log.png");

        robot.clickOn("#refreshButton");
        waitFor(() -> !this.<Button>node("#refreshButton").isDisabled());
        assertThat(table.getItems()).isNotEmpty();
    }

    private static int indexOf(TableView<SyncLogRow> table, String kind) {
        for (int i = 0; i < table.getItems().size(); i++) {
            SyncLogRow row = table.getItems().get(i);
            if (row.kind().equals(kind) && !row.traceIds().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row with trace IDs");
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = SCREENSHOTS.resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(window.getScene(), png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
