package io.orderdesk.app;

import io.orderdesk.store.DataFolder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo store's folder, emptied at each start: the in-process sandbox makes up a new shop every time, and orders
 * of an earlier practice shop would sit beside ones the new sandbox has never heard of.
 */
final class DemoFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFolder.class);

    private DemoFolder() {
    }

    static Path fresh(Path folder) {
        DataFolder.create(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "orderdesk*.db")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder.resolve(SeenMarksFile.NAME));
        } catch (IOException e) {
            // Another Order Desk may have the demo database open (Windows refuses); then both share it.
            LOG.info("Keeping the demo store in {}: {}", folder, e.toString());
        }
        return folder;
    }
}
