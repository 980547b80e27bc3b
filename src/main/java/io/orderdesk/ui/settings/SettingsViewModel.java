package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings form: the Naver Pay connection, sync timing, the operator's name and the UI language, validated as
 * the user types. The application secret only ever goes from the form to the store: once saved, the field is
 * emptied and only says that a secret is saved.
 */
public final class SettingsViewModel {

    private final SettingsGateway gateway;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final SettingsValidator validator;
    private final SettingsInputs inputs = new SettingsInputs();
    private final ApiCheckViewModel apiCheck;
    private final ReadOnlyBooleanWrapper secretSaved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final Map<SettingsField, ReadOnlyStringWrapper> errors = new EnumMap<>(SettingsField.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connectionValid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper secretPrompt = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SettingsValues> lastSaved = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> environments = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(ConnectionSettings.DEMO, ConnectionSettings.NPAY_SANDBOX,
                    ConnectionSettings.PRODUCTION, ConnectionSettings.CUSTOM));
    private final ObservableList<String> locales = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(SettingsValues.KOREAN, SettingsValues.ENGLISH));
    private final BooleanBinding demo = inputs.environmentProperty().isEqualTo(ConnectionSettings.DEMO);
    private final BooleanBinding custom = inputs.environmentProperty().isEqualTo(ConnectionSettings.CUSTOM);
    private final Command load;
    private final Command save;
    private final Command check;
    private String savedLocale = SettingsValues.KOREAN;

    public SettingsViewModel(SettingsGateway gateway, UiExecutor executor, ResourceBundle bundle) {
        this.gateway = gateway;
        this.executor = executor;
        this.bundle = bundle;
        this.validator = new SettingsValidator(bundle);
        this.apiCheck = new ApiCheckViewModel(bundle);
        for (SettingsField field : SettingsField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        secretPrompt.bind(Bindings.when(secretSaved).then(bundle.getString("settings.secret.saved"))
                .otherwise(bundle.getString("settings.secret.prompt")));
        inputs.all().forEach(input -> input.addListener(changed -> validate()));
        secretSaved.addListener(changed -> validate());
        validate();
        this.load = Command.always(this::loadInBackground);
        this.save = new Command(valid.getReadOnlyProperty().and(loaded), this::saveInBackground);
        // The check may run with unsaved values, so it needs only the connection fields to be right.
        this.check = new Command(connectionValid.getReadOnlyProperty().and(loaded), this::checkInBackground);
    }

    private void validate() {
        Map<SettingsField, String> found = validator.validate(inputs.form(secretSaved.get()));
        errors.forEach((field, message) -> message.set(found.getOrDefault(field, "")));
        valid.set(found.isEmpty());
        connectionValid.set(found.keySet().stream().noneMatch(SettingsField::isConnection));
    }

    private void loadInBackground(Runnable done) {
        executor.submit(() -> new Loaded(gateway.load(), gateway.hasSavedSecret()), result -> {
            SettingsValues values = result.values();
            inputs.apply(new SettingsValues(
                    environments.contains(values.environment()) ? values.environment() : ConnectionSettings.DEMO,
                    values.baseUrl(), values.clientId(), values.merchantId(), values.operatorName(),
                    values.refreshMinutes(), values.backfillDays(),
                    locales.contains(values.locale()) ? values.locale() : SettingsValues.KOREAN));
            savedLocale = inputs.localeProperty().get();
            secretSaved.set(result.secretSaved());
            loaded.set(true);
            done.run();
        }, error -> {
            status(bundle.getString("settings.status.loadFailed"), true);
            done.run();
        });
    }

    private void saveInBackground(Runnable done) {
        SettingsValues values = inputs.values();
        String secret = inputs.enteredSecret();
        boolean localeChanged = !values.locale().equals(savedLocale);
        executor.submit(() -> {
            gateway.save(values, secret);
            return values;
        }, saved -> {
            if (secret != null) {
                inputs.newSecretProperty().set("");
                secretSaved.set(true);
            }
            savedLocale = saved.locale();
            lastSaved.set(saved);
            status(bundle.getString(localeChanged ? "settings.status.savedRestart" : "settings.status.saved"), false);
            done.run();
        }, error -> {
            status(bundle.getString("settings.status.saveFailed"), true);
            done.run();
        });
    }

    private void checkInBackground(Runnable done) {
        SettingsValues values = inputs.values();
        String secret = inputs.enteredSecret();
        apiCheck.running();
        executor.submit(() -> gateway.check(values, secret), result -> {
            apiCheck.show(result);
            done.run();
        }, error -> {
            apiCheck.crashed(error);
            done.run();
        });
    }

    private void status(String message, boolean error) {
        statusIsError.set(error);
        statusMessage.set(message);
    }

    private record Loaded(SettingsValues values, boolean secretSaved) {
    }

    /** Reads the saved settings into the form; the view runs it when it opens. */
    public Command loadCommand() {
        return load;
    }

    public Command saveCommand() {
        return save;
    }

    /** Runs the API check with the values on screen, saved or not. */
    public Command checkCommand() {
        return check;
    }

    public SettingsInputs inputs() {
        return inputs;
    }

    public ApiCheckViewModel apiCheck() {
        return apiCheck;
    }

    public ObservableList<String> environments() {
        return environments;
    }

    public ObservableList<String> locales() {
        return locales;
    }

    public ReadOnlyBooleanProperty secretSavedProperty() {
        return secretSaved.getReadOnlyProperty();
    }

    /** What the empty secret field says: that one is saved, or what to enter. */
    public ReadOnlyStringProperty secretPromptProperty() {
        return secretPrompt.getReadOnlyProperty();
    }

    /** False until the saved settings have been read; the form stays disabled until then. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True in demo mode, where the connection fields are not used. */
    public BooleanBinding demoProperty() {
        return demo;
    }

    /** True when the environment is a custom address, which needs the base URL field. */
    public BooleanBinding customProperty() {
        return custom;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The field's validation message, empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty(SettingsField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /**
     * The values of the last successful save in this window, null before one; the app listens to apply the operator
     * name, refresh interval and connection without a restart.
     */
    public ReadOnlyObjectProperty<SettingsValues> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }
}
