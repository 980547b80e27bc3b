package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SettingsTest extends OnEachDatabase {

    private static final String SECRET = "$2a$04$clientSecretOfTheShop";

    @Test
    void keepsPlainSettings() {
        Settings settings = store.settings();
        settings.put("refresh.minutes", "5");
        settings.put("refresh.minutes", "10");
        settings.put("operator", "김민지");

        assertThat(settings.get("refresh.minutes")).contains("10");
        assertThat(settings.get("operator")).contains("김민지");
        settings.remove("operator");
        assertThat(settings.get("operator")).isEmpty();
    }

    @Test
    void aSecretComesBackButTheDatabaseNeverHoldsItInPlainText() throws SQLException {
        store.settings().putSecret("npay.clientSecret", SECRET.toCharArray());

        assertThat(store.settings().getSecret("npay.clientSecret")).contains(SECRET);
        List<String> raw = rawColumn("select sealed from app_secret");
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0)).doesNotContain(SECRET).doesNotContain("clientSecret")
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes()));
        assertThat(rawColumn("select setting_value from app_setting")).isEmpty();
    }

    @Test
    void storingTheSameSecretTwiceGivesDifferentCiphertexts() throws SQLException {
        store.settings().putSecret("a", SECRET);
        String first = rawColumn("select sealed from app_secret").get(0);
        store.settings().putSecret("a", SECRET);

        assertThat(rawColumn("select sealed from app_secret")).hasSize(1).doesNotContain(first);
        assertThat(store.settings().getSecret("a")).contains(SECRET);
    }

    @Test
    void theKeyLivesInTheDataFolderReadableByItsOwnerOnly() throws Exception {
        store.settings().putSecret("a", SECRET);

        Path key = Files.list(dir).flatMap(this::keyFiles).findFirst().orElseThrow();
        assertThat(Files.readString(key)).doesNotContain(SECRET);
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void eachPcSealsAndReadsItsOwnSecretOnASharedDatabase() {
        store.settings().putSecret("npay.clientSecret", SECRET);
        try (Store otherPc = db.openAs("pc-b")) {
            assertThat(otherPc.settings().getSecret("npay.clientSecret")).as("sealed with another PC's key").isEmpty();

            otherPc.settings().putSecret("npay.clientSecret", "other-secret");
            otherPc.settings().put("shared", "yes");

            assertThat(otherPc.settings().getSecret("npay.clientSecret")).contains("other-secret");
            assertThat(store.settings().getSecret("npay.clientSecret")).contains(SECRET);
            assertThat(store.settings().get("shared")).contains("yes");
        }
    }

    @Test
    void aTamperedSecretIsRefusedNotMisread() throws SQLException {
        store.settings().putSecret("a", SECRET);
        try (Connection connection = db.rawConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update app_secret set sealed = '" + flipLastByte(
                    rawColumn("select sealed from app_secret").get(0)) + "'");
        }

        assertThatThrownBy(() -> store.settings().getSecret("a")).isInstanceOf(StoreException.class);
    }

    @Test
    void aSecretCannotBeReadUnderAnotherName() throws SQLException {
        store.settings().putSecret("a", SECRET);
        store.settings().putSecret("b", "x");
        try (Connection connection = db.rawConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update app_secret set sealed = (select sealed from app_secret where name = 'a')"
                    + " where name = 'b'");
        }

        assertThatThrownBy(() -> store.settings().getSecret("b")).isInstanceOf(StoreException.class);
        store.settings().removeSecret("b");
        assertThat(store.settings().getSecret("b")).isEmpty();
    }

    private Stream<Path> keyFiles(Path folder) {
        Path key = folder.resolve(SecretBox.KEY_FILE);
        return Files.exists(key) ? Stream.of(key) : Stream.empty();
    }

    private List<String> rawColumn(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.rawConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String flipLastByte(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        return Base64.getEncoder().encodeToString(bytes);
    }
}
