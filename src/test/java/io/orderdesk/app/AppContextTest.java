package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.Store;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.sync.SyncStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {

    @TempDir
    Path home;

    private AppContext open(Map<String, String> env) {
        return AppContext.open(new AppContext.Config(env, home, SandboxOptions.defaults().withWorld(42, 20, 3),
                UnaryOperator.identity(), false));
    }

    @Test
    void nothingConfiguredOpensThePracticeShopInItsOwnFolder() throws Exception {
        Files.createDirectories(home.resolve("demo"));
        Files.writeString(home.resolve("demo/orderdesk.mv.db"), "left over from an older practice shop");

        try (AppContext context = open(Map.of(DataFolder.HOME_VARIABLE, home.toString()))) {
            assertThat(context.mode()).isEqualTo(AppContext.Mode.DEMO);
            assertThat(context.sandbox()).isPresent();
            assertThat(context.notice()).isNull();
            assertThat(context.bundle().getLocale()).isEqualTo(Locale.KOREAN);
            assertThat(context.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(context.store().index().size()).isZero();
            assertThat(Files.size(home.resolve("demo/orderdesk.mv.db"))).isGreaterThan(1000);
            assertThat(home.resolve("orderdesk.mv.db")).exists();
        }
    }

    @Test
    void aConnectionFromTheEnvironmentIsLiveOnTheMainStore() {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, 20, 3));
             AppContext context = open(Map.of("ORDERDESK_BASE_URL", sandbox.baseUrl(),
                     "ORDERDESK_CLIENT_ID", sandbox.clientId(), "ORDERDESK_CLIENT_SECRET", sandbox.clientSecret()))) {
            assertThat(context.mode()).isEqualTo(AppContext.Mode.LIVE);
            assertThat(context.sandbox()).isEmpty();
            assertThat(context.syncPort().status()).isEqualTo(SyncStatus.NEVER);
            assertThat(home.resolve("demo")).doesNotExist();
        }
    }

    @Test
    void anIncompleteConnectionShowsTheCachedOrdersWithANotice() {
        try (Store store = Store.openLocal(home)) {
            store.settings().put(ConnectionSettings.ENVIRONMENT, ConnectionSettings.PRODUCTION);
            store.settings().put(AppContext.LOCALE, "en");
            store.settings().put(AppContext.REFRESH_MINUTES, "15");
        }

        try (AppContext context = open(Map.of())) {
            assertThat(context.mode()).isEqualTo(AppContext.Mode.NOT_CONNECTED);
            assertThat(context.notice()).as("in the window's language").isEqualTo("The settings have no application ID.");
            assertThat(context.bundle().getString("main.settings")).isEqualTo("Settings");
            assertThat(context.refreshInterval()).isEqualTo(Duration.ofMinutes(15));
            context.syncPort().refresh();
            assertThat(context.syncPort().status()).isEqualTo(SyncStatus.NEVER);
        }
    }

    @Test
    void aMissingEnvironmentVariableIsNamedInTheNotice() {
        try (AppContext context = open(Map.of("ORDERDESK_BASE_URL", "http://127.0.0.1:9/"))) {
            assertThat(context.mode()).isEqualTo(AppContext.Mode.NOT_CONNECTED);
            assertThat(context.notice()).isEqualTo("ORDERDESK_CLIENT_ID 환경 변수가 필요합니다.");
        }
    }

    @Test
    void aChosenColumnSetIsSavedInTheBackgroundAndReadAtTheNextStart() {
        try (AppContext context = open(Map.of())) {
            context.saveSetting(AppContext.COLUMNS, "tracking,productOrderId");
        }
        try (AppContext context = open(Map.of())) {
            assertThat(context.savedColumns()).isEqualTo("tracking,productOrderId");
        }
    }
}
