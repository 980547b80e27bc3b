package io.orderdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.ConnectionCheckResult;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    static final String SECRET = "$2a$04$abcdefghijklmnopqrstuu";

    private final ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final FakeSettingsGateway gateway = new FakeSettingsGateway();
    private SettingsViewModel viewModel;
    private SettingsInputs inputs;

    @BeforeEach
    void create() {
        viewModel = new SettingsViewModel(gateway, new InlineUiExecutor(), bundle);
        inputs = viewModel.inputs();
    }

    @Test
    void nothingCanBeSavedOrCheckedBeforeTheSavedSettingsAreRead() {
        assertThat(viewModel.loadedProperty().get()).isFalse();
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();
        assertThat(viewModel.checkCommand().isExecutable()).isFalse();
    }

    @Test
    void loadsTheSavedValuesButNeverTheSecret() {
        gateway.stored = new SettingsValues(ConnectionSettings.PRODUCTION, "", "app-id", "np_shop", "김하나", 10, 3,
                "en");
        gateway.storedSecret = SECRET;

        viewModel.loadCommand().execute();

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(inputs.environmentProperty().get()).isEqualTo(ConnectionSettings.PRODUCTION);
        assertThat(inputs.clientIdProperty().get()).isEqualTo("app-id");
        assertThat(inputs.merchantIdProperty().get()).isEqualTo("np_shop");
        assertThat(inputs.operatorNameProperty().get()).isEqualTo("김하나");
        assertThat(inputs.refreshMinutesProperty().get()).isEqualTo("10");
        assertThat(inputs.backfillDaysProperty().get()).isEqualTo("3");
        assertThat(inputs.localeProperty().get()).isEqualTo("en");
        assertThat(inputs.newSecretProperty().get()).isEmpty();
        assertThat(viewModel.secretSavedProperty().get()).isTrue();
        assertThat(viewModel.secretPromptProperty().get()).isEqualTo("저장됨 (변경하려면 새로 입력)");
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void aFailedLoadKeepsTheFormClosedAndSaysSo() {
        gateway.failLoad = new IllegalStateException("database locked");

        viewModel.loadCommand().execute();

        assertThat(viewModel.loadedProperty().get()).isFalse();
        assertThat(viewModel.statusIsErrorProperty().get()).isTrue();
        assertThat(viewModel.statusMessageProperty().get()).startsWith("저장된 설정을 읽지 못했습니다");
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void unknownSavedEnvironmentsAndLanguagesFallBackToDemoAndKorean() {
        gateway.stored = new SettingsValues("mars", "", "", "", "운영자", 5, 7, "fr");

        viewModel.loadCommand().execute();

        assertThat(inputs.environmentProperty().get()).isEqualTo(ConnectionSettings.DEMO);
        assertThat(inputs.localeProperty().get()).isEqualTo("ko");
    }

    @Test
    void demoModeNeedsOnlyTheOperatorName() {
        viewModel.loadCommand().execute();

        assertThat(viewModel.demoProperty().get()).isTrue();
        assertThat(viewModel.errorProperty(SettingsField.OPERATOR_NAME).get()).isEqualTo("작업자 이름을 입력하세요.");
        assertThat(viewModel.errorProperty(SettingsField.CLIENT_ID).get()).isEmpty();
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();
        assertThat(viewModel.checkCommand().isExecutable()).isTrue();

        inputs.operatorNameProperty().set("김하나");

        assertThat(viewModel.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void outsideDemoTheApplicationIdAndAWellFormedSecretAreRequired() {
        viewModel.loadCommand().execute();
        inputs.operatorNameProperty().set("김하나");

        inputs.environmentProperty().set(ConnectionSettings.NPAY_SANDBOX);

        assertThat(viewModel.errorProperty(SettingsField.CLIENT_ID).get()).isEqualTo("애플리케이션 ID를 입력하세요.");
        assertThat(viewModel.errorProperty(SettingsField.SECRET).get()).isEqualTo("애플리케이션 시크릿을 입력하세요.");
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();
        assertThat(viewModel.checkCommand().isExecutable()).isFalse();

        inputs.clientIdProperty().set("my app");
        inputs.newSecretProperty().set("password123");
        assertThat(viewModel.errorProperty(SettingsField.CLIENT_ID).get()).isEqualTo("공백 없이 입력하세요.");
        assertThat(viewModel.errorProperty(SettingsField.SECRET).get()).startsWith("시크릿은 $2a$로 시작하는 29자");

        inputs.clientIdProperty().set("7dMvteboKNHwyRremLXXXX");
        inputs.newSecretProperty().set(" " + SECRET + " ");
        assertThat(viewModel.errorProperty(SettingsField.CLIENT_ID).get()).isEmpty();
        assertThat(viewModel.errorProperty(SettingsField.SECRET).get()).isEmpty();
        assertThat(viewModel.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void aCustomEnvironmentNeedsAnHttpAddress() {
        loadValid();
        inputs.environmentProperty().set(ConnectionSettings.CUSTOM);

        assertThat(viewModel.customProperty().get()).isTrue();
        assertThat(viewModel.errorProperty(SettingsField.BASE_URL).get()).contains("http://");

        inputs.baseUrlProperty().set("http://127.0.0.1:18080/npay/partner");
        assertThat(viewModel.errorProperty(SettingsField.BASE_URL).get()).isEmpty();
    }

    @Test
    void numbersMustBeWholeAndInRange() {
        loadValid();

        inputs.refreshMinutesProperty().set("abc");
        inputs.backfillDaysProperty().set("366");
        assertThat(viewModel.errorProperty(SettingsField.REFRESH_MINUTES).get()).isEqualTo("0에서 720 사이의 숫자를 입력하세요.");
        assertThat(viewModel.errorProperty(SettingsField.BACKFILL_DAYS).get()).isEqualTo("0에서 365 사이의 숫자를 입력하세요.");
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();

        inputs.refreshMinutesProperty().set("0");
        inputs.backfillDaysProperty().set(" 30 ");
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void savingStoresTheValuesAndTheSecretOnceThenEmptiesTheSecretField() {
        loadValid();
        inputs.environmentProperty().set(ConnectionSettings.PRODUCTION);
        inputs.clientIdProperty().set(" app-id ");
        inputs.newSecretProperty().set(SECRET);
        inputs.refreshMinutesProperty().set("15");

        viewModel.saveCommand().execute();

        assertThat(gateway.saves).hasSize(1);
        FakeSettingsGateway.Call saved = gateway.saves.get(0);
        assertThat(saved.values()).isEqualTo(new SettingsValues(ConnectionSettings.PRODUCTION, "", "app-id", "",
                "김하나", 15, 7, "ko"));
        assertThat(saved.secret()).isEqualTo(SECRET);
        assertThat(inputs.newSecretProperty().get()).isEmpty();
        assertThat(viewModel.secretSavedProperty().get()).isTrue();
        assertThat(viewModel.secretPromptProperty().get()).isEqualTo("저장됨 (변경하려면 새로 입력)");
        assertThat(viewModel.statusMessageProperty().get()).isEqualTo("저장했습니다.");
        assertThat(viewModel.statusIsErrorProperty().get()).isFalse();
        assertThat(viewModel.lastSavedProperty().get()).isEqualTo(saved.values());

        viewModel.saveCommand().execute();

        assertThat(gateway.saves.get(1).secret()).as("an empty field keeps the saved secret").isNull();
    }

    @Test
    void changingTheLanguageSaysItAppliesAfterARestart() {
        loadValid();
        inputs.localeProperty().set("en");

        viewModel.saveCommand().execute();

        assertThat(viewModel.statusMessageProperty().get()).isEqualTo("저장했습니다. 창을 새 언어로 다시 엽니다.");
    }

    @Test
    void aFailedSaveKeepsTheTypedSecretAndSaysSo() {
        loadValid();
        inputs.environmentProperty().set(ConnectionSettings.PRODUCTION);
        inputs.clientIdProperty().set("app-id");
        inputs.newSecretProperty().set(SECRET);
        gateway.failSave = new IllegalStateException("disk full");

        viewModel.saveCommand().execute();

        assertThat(viewModel.statusIsErrorProperty().get()).isTrue();
        assertThat(viewModel.statusMessageProperty().get()).startsWith("저장하지 못했습니다");
        assertThat(inputs.newSecretProperty().get()).isEqualTo(SECRET);
        assertThat(viewModel.secretSavedProperty().get()).isFalse();
        assertThat(viewModel.lastSavedProperty().get()).isNull();
        assertThat(viewModel.saveCommand().isRunning()).isFalse();
    }

    @Test
    void theCheckUsesTheValuesOnScreenAndTheTypedSecretEvenBeforeSaving() {
        loadValid();
        inputs.environmentProperty().set(ConnectionSettings.NPAY_SANDBOX);
        inputs.clientIdProperty().set("app-id");
        inputs.newSecretProperty().set(SECRET);
        inputs.operatorNameProperty().set("");
        gateway.nextCheck = ConnectionCheckResult.failed(ConnectionCheckProblem.AUTHENTICATION, "인증 실패", "tr-9",
                false);

        assertThat(viewModel.checkCommand().isExecutable()).as("the operator name does not matter to a check")
                .isTrue();
        viewModel.checkCommand().execute();

        assertThat(gateway.checks).containsExactly(new FakeSettingsGateway.Call(
                new SettingsValues(ConnectionSettings.NPAY_SANDBOX, "", "app-id", "", "", 5, 7, "ko"), SECRET));
        assertThat(gateway.saves).isEmpty();
        assertThat(viewModel.apiCheck().getStatus()).isEqualTo(ApiCheckStatus.FAILED);
        assertThat(viewModel.apiCheck().getSummary()).isEqualTo("네이버페이 인증에 실패했습니다.");
        assertThat(viewModel.apiCheck().getTraceId()).isEqualTo("tr-9");
        assertThat(viewModel.checkCommand().isRunning()).isFalse();
    }

    @Test
    void theCheckUsesTheSavedSecretWhenTheFieldIsEmpty() {
        gateway.storedSecret = SECRET;
        gateway.stored = new SettingsValues(ConnectionSettings.PRODUCTION, "", "app-id", "", "김하나", 5, 7, "ko");
        viewModel.loadCommand().execute();

        viewModel.checkCommand().execute();

        assertThat(gateway.checks.get(0).secret()).isNull();
        assertThat(viewModel.apiCheck().getStatus()).isEqualTo(ApiCheckStatus.OK);
    }

    private void loadValid() {
        gateway.stored = new SettingsValues(ConnectionSettings.DEMO, "", "", "", "김하나", 5, 7, "ko");
        viewModel.loadCommand().execute();
    }
}
