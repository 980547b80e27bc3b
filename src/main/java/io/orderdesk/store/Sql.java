package io.orderdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/** Binding and reading helpers that behave the same on H2 and PostgreSQL. */
final class Sql {

    /** SQLSTATE for a unique-key violation on both H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Timestamps always go in as UTC so both databases store and compare the same instant. */
    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    static void setTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
        setInstant(statement, index, value == null ? null : value.toInstant());
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant getInstant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime getUtc(ResultSet rows, String column) throws SQLException {
        Instant value = getInstant(rows, column);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Integer getInteger(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Long getLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /**
     * The database's own clock. Leases, refresh watermarks and history all use it, so PCs sharing one PostgreSQL
     * store agree on time even when their own clocks drift. Inside a transaction both databases return its start.
     */
    static Instant now(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select current_timestamp");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    /** {@code ?, ?, ?} for an IN list of the given size. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
