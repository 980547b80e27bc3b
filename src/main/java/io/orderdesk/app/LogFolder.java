package io.orderdesk.app;

import ch.qos.logback.core.PropertyDefinerBase;
import io.orderdesk.store.DataFolder;
import java.nio.file.Path;

/**
 * Where the app writes its rotated log files: {@code logs} in the data folder ({@link DataFolder#ofSystem()}, so
 * {@code ORDERDESK_HOME} moves it too), or the folder in the system property {@value #PROPERTY} when set.
 * {@code logback.xml} reads it through {@code <define name="LOG_DIR" class="io.orderdesk.app.LogFolder"/>}; the About
 * box shows the same folder.
 */
public final class LogFolder extends PropertyDefinerBase {

    /** The system property that overrides the folder, e.g. {@code -Dorderdesk.logDir=/var/log/order-desk}. */
    public static final String PROPERTY = "orderdesk.logDir";

    /** The log folder for this process; not created (logback creates it with the first file). */
    public static Path ofSystem() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return DataFolder.ofSystem().resolve("logs");
    }

    /**
     * Logback asks this once at start-up. The data folder is created here first, so that it is made private to the
     * user (DataFolder.create) before logback creates {@code logs/} inside it with default permissions.
     */
    @Override
    public String getPropertyValue() {
        Path folder = ofSystem();
        Path dataFolder = DataFolder.ofSystem();
        if (folder.startsWith(dataFolder)) {
            try {
                DataFolder.create(dataFolder);
            } catch (RuntimeException e) {
                addWarn("Cannot create the data folder " + dataFolder + ": " + e.getMessage());
            }
        }
        return folder.toString();
    }
}
