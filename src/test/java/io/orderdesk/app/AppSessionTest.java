package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.sync.SyncService;
import io.orderdesk.ui.support.CssWarnings;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saved settings take effect without a restart: the session reopens over a fresh context when they matter. */
@ExtendWith(ApplicationExtension.class)
class AppSessionTest {

    private AppSession session;
    private Stage stage;
    private CssWarnings css;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        css = CssWarnings.watch();
        Path home = Files.createTempDirectory("order-desk-session-test");
        AppContext.Config config = new AppContext.Config(Map.of(DataFolder.HOME_VARIABLE, home.toString()), home,
                SandboxOptions.defaults().withWorld(5, 40, 7).withRate(1000)
                        .withClock(SandboxClock.fixed(Instant.parse("2026-11-20T03:00:00Z"))),
                client -> client.withInitialRate(1000)
                        .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)), Sleeper.system()),
                false);
        session = new AppSession(primary, () -> config, null);
        primary.setScene(new Scene(new StackPane(), 1200, 760));
        session.open(ResourceBundle.getBundle(OrderDeskApp.BUNDLE, Locale.KOREAN));
        primary.show();
    }

    @AfterEach
    void close() throws Exception {
        css.close();
        WaitForAsyncUtils.asyncFx(session::close).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theWindowWearsTheAppsLookUnderTheToastLayer(FxRobot robot) throws Exception {
        opened(null);
        TableView<?> table = robot.lookup("#orderTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Parent root = stage.getScene().getRoot();
        assertThat(root.lookup(".alerts-toast")).as("the toast layer wraps the window").isNotNull();
        Label title = robot.lookup(".app-title").queryAs(Label.class);
        assertThat(title.getTextFill()).as("the brand colour from app.css").isEqualTo(Color.web("#03c75a"));
        assertThat(css.seen()).as("CSS the window could not resolve").isEmpty();
    }

    @Test
    void aNewLanguageReopensTheWindowInItOverTheSamePracticeShop(FxRobot robot) throws Exception {
        AppContext first = opened(null);
        assertThat(stage.getTitle()).contains("연습 모드");
        SyncService firstSync = first.syncService().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstSync.status().lastSyncedAt() != null
                && !firstSync.status().running());
        Sandbox practiceShop = first.sandbox().orElseThrow();
        long practiced = first.store().productOrders().count();
        first.settings().put(AppContext.LOCALE, "en");
        AtomicBoolean settingsClosed = new AtomicBoolean();

        robot.interact(() -> session.settingsSaved(() -> settingsClosed.set(true)));
        AppContext second = opened(first);

        assertThat(second.bundle().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(settingsClosed).isTrue();
        assertThat(stage.getTitle()).isEqualTo(second.bundle().getString("app.title") + " — "
                + second.bundle().getString("main.mode.demo"));
        assertThat(robot.lookup("#mainRoot").tryQuery()).isPresent();
        assertThat(second.sandbox()).as("the practice shop goes on").containsSame(practiceShop);
        assertThat(second.store().productOrders().count()).isEqualTo(practiced).isPositive();
    }

    @Test
    void leavingDemoModeClosesThePracticeShop(FxRobot robot) throws Exception {
        AppContext first = opened(null);
        int port = first.sandbox().orElseThrow().port();
        first.settings().put(ConnectionSettings.ENVIRONMENT, ConnectionSettings.PRODUCTION);

        robot.interact(() -> session.settingsSaved(() -> { }));
        AppContext second = opened(first);

        assertThat(second.mode()).isEqualTo(AppContext.Mode.NOT_CONNECTED);
        assertThat(second.sandbox()).isEmpty();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("the sandbox stopped listening")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aSaveThatChangesNothingThatMattersKeepsTheWindow(FxRobot robot) throws Exception {
        AppContext first = opened(null);
        first.settings().put("operator.name", "김직원");
        first.settings().put(ConnectionSettings.BACKFILL_DAYS, "3");
        AtomicBoolean settingsClosed = new AtomicBoolean();

        robot.interact(() -> session.settingsSaved(() -> settingsClosed.set(true)));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.context()).isSameAs(first);
        assertThat(settingsClosed).isFalse();
    }

    @Test
    void aNewRefreshIntervalAppliesWithoutStartingThePracticeShopOver(FxRobot robot) throws Exception {
        AppContext first = opened(null);
        assertThat(first.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        first.settings().put(AppContext.REFRESH_MINUTES, "15");
        AtomicBoolean settingsClosed = new AtomicBoolean();

        robot.interact(() -> session.settingsSaved(() -> settingsClosed.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.refreshInterval().equals(Duration.ofMinutes(15)));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.context()).as("the same context: the practice shop keeps its orders").isSameAs(first);
        assertThat(settingsClosed).isFalse();
    }

    /** Waits until the session shows a context other than {@code before}. */
    private AppContext opened(AppContext before) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            AppContext now = session.context();
            return now != null && now != before;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return session.context();
    }
}
