package io.orderdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order list's "seen" marks, one line per product order ({@code id<TAB>key}) in {@code seen-marks.tsv} in the
 * data folder. A file of this PC rather than a setting: marks are about what the person at this PC has looked at,
 * and a shop sharing one database across PCs should not clear them for everyone. Written whole through a temporary
 * file, so a crash leaves the old or the new version, never half of one.
 */
final class SeenMarksFile {

    static final String NAME = "seen-marks.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(SeenMarksFile.class);

    private final Path file;

    SeenMarksFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    Map<String, String> load() {
        Map<String, String> marks = new HashMap<>();
        if (!Files.exists(file)) {
            return marks;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    marks.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read {}; every flagged line shows as new", file, e);
        }
        return marks;
    }

    /** Call from one thread at a time (the app's settings writer). */
    void save(Map<String, String> marks) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(marks).forEach((id, key) -> text.append(id).append('\t').append(key).append('\n'));
        try {
            Path temporary = file.resolveSibling(NAME + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write {}", file, e);
        }
    }
}
