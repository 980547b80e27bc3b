package io.orderdesk.app;

/** Build facts of the running app. */
public final class AppInfo {

    private AppInfo() {
    }

    /** The version from the jar manifest, or "dev" when running from classes (mvn javafx:run, tests). */
    public static String version() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
