package io.orderdesk.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Named settings, and secrets such as the API client secret. Plain settings are shared by every PC using the same
 * database. Secrets are encrypted (AES-GCM) with a key that lives in this PC's data folder, never in the database;
 * on a shared PostgreSQL store each PC therefore seals and reads its own copy, and a PC that has not entered a
 * secret yet sees none. The OS keyring was not used: it needs a running keyring daemon (gnome-keyring over D-Bus on
 * Linux), which headless machines and many desktops lack.
 */
public final class Settings {

    private final Jdbc jdbc;
    private final SecretBox secrets;

    Settings(Jdbc jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The setting's value, if set. */
    public Optional<String> get(String name) {
        return jdbc.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select setting_value from app_setting where name = ?")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets a plain (not secret) value. */
    public void put(String name, String value) {
        upsert("app_setting", List.of("name"), "setting_value", value, name);
    }

    /** Removes a setting; nothing happens when it is not set. */
    public void remove(String name) {
        delete("delete from app_setting where name = ?", name);
    }

    /** Stores a secret for this PC. The caller may wipe the array afterwards; the store keeps no copy of it. */
    public void putSecret(String name, char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] plain = new byte[encoded.remaining()];
        encoded.get(plain);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            upsert("app_secret", List.of("install_id", "name"), "sealed", secrets.seal(name, plain),
                    secrets.installId(), name);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Stores a secret for this PC. */
    public void putSecret(String name, String secret) {
        putSecret(name, secret.toCharArray());
    }

    /** This PC's secret, decrypted; empty when this PC has not stored one. */
    public Optional<String> getSecret(String name) {
        Optional<String> sealed = jdbc.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select sealed from app_secret where install_id = ? and name = ?")) {
                select.setString(1, secrets.installId());
                select.setString(2, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            }
        });
        return sealed.map(value -> new String(secrets.open(name, value), StandardCharsets.UTF_8));
    }

    /** Forgets this PC's secret. */
    public void removeSecret(String name) {
        delete("delete from app_secret where install_id = ? and name = ?", secrets.installId(), name);
    }

    /** Update, else insert; settings are written by people, one at a time, so no lease is needed. */
    private void upsert(String table, List<String> keyColumns, String column, String value, String... keys) {
        String where = keyColumns.stream().map(key -> key + " = ?").collect(Collectors.joining(" and "));
        jdbc.call(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + column
                    + " = ?, updated_at = current_timestamp where " + where)) {
                update.setString(1, value);
                for (int i = 0; i < keys.length; i++) {
                    update.setString(i + 2, keys[i]);
                }
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " ("
                    + String.join(", ", keyColumns)
                    + ", " + column + ", updated_at) values (" + Sql.placeholders(keys.length)
                    + ", ?, current_timestamp)")) {
                for (int i = 0; i < keys.length; i++) {
                    insert.setString(i + 1, keys[i]);
                }
                insert.setString(keys.length + 1, value);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private void delete(String sql, String... keys) {
        jdbc.call(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    delete.setString(i + 1, keys[i]);
                }
                return delete.executeUpdate();
            }
        });
    }
}
