package io.orderdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Order Desk keeps its database and this PC's secret key, following each OS's convention:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/order-desk}, else {@code ~/.local/share/order-desk}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\OrderDesk} (local, not roaming: a database must not follow the user
 *       between PCs), else {@code ~\AppData\Local\OrderDesk}</li>
 *   <li>macOS: {@code ~/Library/Application Support/OrderDesk}</li>
 * </ul>
 * {@code ORDERDESK_HOME}, when set, overrides all of these.
 */
public final class DataFolder {

    /** The environment variable that overrides the per-OS location. */
    public static final String HOME_VARIABLE = "ORDERDESK_HOME";

    private DataFolder() {
    }

    /** The folder for this process's environment, OS and home directory; not created. */
    public static Path ofSystem() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The folder for the given environment, {@code os.name} and home directory; not created. */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String override = nonBlank(env.get(HOME_VARIABLE));
        if (override != null) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = nonBlank(env.get("LOCALAPPDATA"));
            Path base = local != null ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("OrderDesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("OrderDesk");
        }
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        // The XDG spec says relative values are invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("order-desk");
    }

    /**
     * Creates the folder if needed and returns it. A folder created here is made private to the user (it will hold
     * buyers' names, phone numbers and addresses); an existing one is left as its owner set it up.
     */
    public static Path create(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                SecretBox.restrictToOwner(folder);
            }
            return folder;
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + folder, e);
        }
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
