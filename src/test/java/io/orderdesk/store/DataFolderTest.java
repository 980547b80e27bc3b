package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/minji");

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/data/minji"), "Linux", HOME))
                .isEqualTo(Path.of("/data/minji/order-desk"));
        assertThat(DataFolder.resolve(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/minji/.local/share/order-desk"));
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
                .as("relative values are invalid").isEqualTo(Path.of("/home/minji/.local/share/order-desk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        Path home = Path.of("/Users/minji");
        assertThat(DataFolder.resolve(Map.of("LOCALAPPDATA", "/C/Users/minji/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("/C/Users/minji/AppData/Local/OrderDesk"));
        assertThat(DataFolder.resolve(Map.of(), "Windows 10", home))
                .isEqualTo(home.resolve("AppData").resolve("Local").resolve("OrderDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", Path.of("/Users/minji")))
                .isEqualTo(Path.of("/Users/minji/Library/Application Support/OrderDesk"));
    }

    @Test
    void orderDeskHomeOverridesEveryOs() {
        Map<String, String> env = Map.of("ORDERDESK_HOME", "/srv/shop", "LOCALAPPDATA", "/x", "XDG_DATA_HOME", "/y");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertThat(DataFolder.resolve(env, os, HOME)).isEqualTo(Path.of("/srv/shop"));
        }
        assertThat(DataFolder.resolve(Map.of("ORDERDESK_HOME", " "), "Linux", HOME))
                .as("blank is unset").isEqualTo(Path.of("/home/minji/.local/share/order-desk"));
    }

    @Test
    void createsAPrivateFolderOnce(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("a/b/order-desk");

        assertThat(DataFolder.create(folder)).isEqualTo(folder);
        assertThat(Files.isDirectory(folder)).isTrue();
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
        assertThat(DataFolder.create(folder)).isEqualTo(folder);
    }
}
