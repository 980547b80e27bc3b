package io.orderdesk.app;

import io.orderdesk.store.DataFolder;
import java.nio.file.Path;
import java.util.Map;

/** The data folder for a given environment (so commands can be tested with their own ORDERDESK_HOME). */
final class AppPaths {

    private AppPaths() {
    }

    static Path dataFolder(Map<String, String> env) {
        return DataFolder.resolve(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
