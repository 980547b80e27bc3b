package io.orderdesk.ui.main;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** State of the main window. For now the shell shows only the app's version; the orders screen replaces it. */
public class MainViewModel {

    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper();

    public MainViewModel(String version) {
        this.version.set(version);
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public String getVersion() {
        return version.get();
    }
}
