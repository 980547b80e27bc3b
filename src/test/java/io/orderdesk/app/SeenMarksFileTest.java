package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenMarksFileTest {

    @TempDir
    Path folder;

    @Test
    void marksSurviveARestartAndAMissingFileMeansNone() {
        SeenMarksFile file = new SeenMarksFile(folder);
        assertThat(file.load()).isEmpty();

        file.save(Map.of("2024030498765431", "address|claim:RETURN@2024-03-14T01:05:33Z", "7", "address"));

        assertThat(new SeenMarksFile(folder).load()).containsExactlyInAnyOrderEntriesOf(
                Map.of("2024030498765431", "address|claim:RETURN@2024-03-14T01:05:33Z", "7", "address"));
        assertThat(folder.resolve(SeenMarksFile.NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aDamagedLineIsSkipped() throws Exception {
        Files.writeString(folder.resolve(SeenMarksFile.NAME), "garbage\n1\taddress\n");

        assertThat(new SeenMarksFile(folder).load()).containsExactly(Map.entry("1", "address"));
    }
}
