package io.orderdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Buyer reviews, one row per review id: fetching the same period again updates what changed and adds nothing twice.
 * Each call commits on its own. Thread-safe; call it off the FX thread.
 */
public final class Reviews {

    private static final String COLUMNS = "review_id, product_order_id, product_id, product_name, score, review_type,"
            + " title, content, writer_id, created_at, modified_at";
    private static final String UPDATE = "update review set product_order_id = ?, product_id = ?, product_name = ?,"
            + " score = ?, review_type = ?, title = ?, content = ?, writer_id = ?, created_at = ?, modified_at = ?,"
            + " stored_at = ? where review_id = ?";
    private static final String INSERT = "insert into review (product_order_id, product_id, product_name, score,"
            + " review_type, title, content, writer_id, created_at, modified_at, stored_at, review_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    Reviews(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the reviews, replacing any stored review with the same id.
     *
     * @return how many of them were not stored before
     */
    public int upsert(List<StoredReview> reviews) {
        if (reviews.isEmpty()) {
            return 0;
        }
        return jdbc.call(connection -> {
            Instant now = Sql.now(connection);
            int inserted = 0;
            for (StoredReview review : reviews) {
                if (write(connection, UPDATE, review, now) == 0) {
                    inserted += insertOrUpdate(connection, review, now);
                }
            }
            return inserted;
        });
    }

    /** The reviews written in {@code [from, to)}, newest first, at most {@code limit} of them. */
    public List<StoredReview> list(Instant from, Instant to, int limit) {
        return jdbc.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from review"
                    + " where created_at >= ? and created_at < ? order by created_at desc, review_id desc"
                    + " fetch first ? rows only")) {
                Sql.setInstant(select, 1, from);
                Sql.setInstant(select, 2, to);
                select.setInt(3, limit);
                List<StoredReview> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Another PC sharing the database may insert the same review between our update and insert; then its row is
     * updated instead. Returns 1 when this call inserted the row.
     */
    private static int insertOrUpdate(Connection connection, StoredReview review, Instant now) throws SQLException {
        try {
            write(connection, INSERT, review, now);
            return 1;
        } catch (SQLException e) {
            if (!Sql.UNIQUE_VIOLATION.equals(e.getSQLState()) || !connection.getAutoCommit()) {
                throw e;
            }
            write(connection, UPDATE, review, now);
            return 0;
        }
    }

    /** UPDATE and INSERT take the same parameters in the same order, the id last. */
    private static int write(Connection connection, String sql, StoredReview review, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, review.productOrderId());
            statement.setString(2, review.productId());
            statement.setString(3, review.productName());
            Sql.setInteger(statement, 4, review.score());
            statement.setString(5, review.reviewType());
            statement.setString(6, review.title());
            statement.setString(7, review.content());
            statement.setString(8, review.writerId());
            Sql.setInstant(statement, 9, review.createdAt());
            Sql.setInstant(statement, 10, review.modifiedAt());
            Sql.setInstant(statement, 11, now);
            statement.setString(12, review.reviewId());
            return statement.executeUpdate();
        }
    }

    private static StoredReview read(ResultSet rows) throws SQLException {
        return new StoredReview(rows.getString("review_id"), rows.getString("product_order_id"),
                rows.getString("product_id"), rows.getString("product_name"), Sql.getInteger(rows, 5),
                rows.getString("review_type"), rows.getString("title"), rows.getString("content"),
                rows.getString("writer_id"), Sql.getInstant(rows, "created_at"), Sql.getInstant(rows, "modified_at"));
    }
}
