package io.orderdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.ConnectionCheckRequest;
import io.orderdesk.sync.ConnectionCheckResult;
import io.orderdesk.sync.ConnectionSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsGatewayTest {

    @TempDir
    Path folder;

    private Store store;
    private Sandbox sandbox;

    @BeforeEach
    void open() {
        store = Store.openLocal(folder);
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, 10, 1));
    }

    @AfterEach
    void close() {
        sandbox.close();
        store.close();
    }

    @Test
    void aNewInstallationStartsInDemoModeInKorean() {
        StoreSettingsGateway gateway = new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null);

        assertThat(gateway.load()).isEqualTo(SettingsValues.defaults());
        assertThat(gateway.hasSavedSecret()).isFalse();
    }

    @Test
    void savedValuesComeBackAndTheSecretIsStoredOnlyEncrypted() {
        StoreSettingsGateway gateway = new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null);
        SettingsValues values = new SettingsValues(ConnectionSettings.CUSTOM, "http://127.0.0.1:1/npay/partner",
                "app-id", "np_shop", "김하나", 0, 30, "en");

        gateway.save(values, sandbox.clientSecret());

        assertThat(gateway.load()).isEqualTo(values);
        assertThat(gateway.hasSavedSecret()).isTrue();
        assertThat(store.settings().getSecret(SettingKeys.CLIENT_SECRET)).contains(sandbox.clientSecret());
        assertThat(store.settings().get(SettingKeys.CLIENT_SECRET)).isEmpty();
        assertThat(store.settings().get(SettingKeys.OPERATOR_NAME)).contains("김하나");
        assertThat(store.settings().get(SettingKeys.REFRESH_MINUTES)).contains("0");
    }

    @Test
    void savingWithoutANewSecretKeepsTheOldOneAndBlankValuesAreRemoved() {
        StoreSettingsGateway gateway = new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null);
        gateway.save(new SettingsValues(ConnectionSettings.PRODUCTION, "", "app-id", "np_shop", "김하나", 5, 7, "ko"),
                "$2a$04$abcdefghijklmnopqrstuu");

        gateway.save(new SettingsValues(ConnectionSettings.PRODUCTION, "", "app-id", "", "김하나", 5, 7, "ko"), null);

        assertThat(store.settings().getSecret(SettingKeys.CLIENT_SECRET)).contains("$2a$04$abcdefghijklmnopqrstuu");
        assertThat(store.settings().get(SettingKeys.MERCHANT_ID)).isEmpty();
    }

    @Test
    void unreadableNumbersFallBackToTheDefaults() {
        store.settings().put(SettingKeys.REFRESH_MINUTES, "often");
        StoreSettingsGateway gateway = new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null);

        assertThat(gateway.load().refreshMinutes()).isEqualTo(SettingsValues.DEFAULT_REFRESH_MINUTES);
    }

    @Test
    void checksUnsavedValuesWithTheSavedSecretAgainstTheSandbox() {
        StoreSettingsGateway gateway = new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null);
        store.settings().putSecret(SettingKeys.CLIENT_SECRET, sandbox.clientSecret());

        ConnectionCheckResult result = gateway.check(new SettingsValues(ConnectionSettings.CUSTOM, sandbox.baseUrl(),
                sandbox.clientId(), sandbox.merchantId(), "", 5, 7, "ko"), null);

        assertThat(result.ok()).isTrue();
        assertThat(result.traceId()).isNotBlank();
    }

    @Test
    void demoModeChecksTheAppsOwnSandboxWhenThereIsOne() {
        ConnectionCheckRequest demo = new ConnectionCheckRequest(ConnectionSettings.CUSTOM, sandbox.baseUrl(),
                sandbox.clientId(), sandbox.clientSecret(), sandbox.merchantId());
        SettingsValues demoValues = SettingsValues.defaults();

        assertThat(new StoreSettingsGateway(store.settings(), new ConnectionCheck(), demo).check(demoValues, null)
                .ok()).isTrue();
        assertThat(new StoreSettingsGateway(store.settings(), new ConnectionCheck(), null).check(demoValues, null)
                .problem()).isEqualTo(ConnectionCheckProblem.INVALID_SETTINGS);
    }
}
