package io.orderdesk.ui.about;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the About box shows; the app package fills it in (AppInfo.version(), the data folder in use, LogFolder).
 *
 * @param version the app version, e.g. {@code 0.1.0} or {@code dev}
 * @param dataFolder where the database, settings key and logs live
 * @param logFolder where the rotated log files are written
 * @param runtime the Java runtime, e.g. {@code 17.0.15+6}
 */
public record AboutFacts(String version, Path dataFolder, Path logFolder, String runtime) {

    public AboutFacts {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(logFolder, "logFolder");
        Objects.requireNonNull(runtime, "runtime");
    }
}
