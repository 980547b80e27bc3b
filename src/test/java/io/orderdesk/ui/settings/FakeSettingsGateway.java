package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionCheckResult;
import java.util.ArrayList;
import java.util.List;

/** Remembers what was saved and checked; answers checks with a preset result. */
final class FakeSettingsGateway implements SettingsGateway {

    record Call(SettingsValues values, String secret) {
    }

    SettingsValues stored = SettingsValues.defaults();
    String storedSecret;
    ConnectionCheckResult nextCheck = ConnectionCheckResult.passed("trace-1", null, null);
    RuntimeException failSave;
    RuntimeException failLoad;
    final List<Call> saves = new ArrayList<>();
    final List<Call> checks = new ArrayList<>();

    @Override
    public SettingsValues load() {
        if (failLoad != null) {
            throw failLoad;
        }
        return stored;
    }

    @Override
    public boolean hasSavedSecret() {
        return storedSecret != null;
    }

    @Override
    public void save(SettingsValues values, String newSecret) {
        if (failSave != null) {
            throw failSave;
        }
        saves.add(new Call(values, newSecret));
        stored = values;
        if (newSecret != null) {
            storedSecret = newSecret;
        }
    }

    @Override
    public ConnectionCheckResult check(SettingsValues values, String newSecret) {
        checks.add(new Call(values, newSecret));
        return nextCheck;
    }
}
