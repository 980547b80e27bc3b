package io.orderdesk.store;

import io.orderdesk.domain.OrderFacts;
import io.orderdesk.domain.OrderTab;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the order list from the database while the {@link OrderIndex} is still loading, so the window shows its
 * first rows at once instead of after the whole index. Only a plain browse can be answered this way (a tab, no
 * text, period or claim filter, newest payment first: what the window opens with); it walks the payment-date index
 * and stops once the page is full, so the count it gives is a lower bound until the index takes over. The walk reads
 * only the covering index {@code product_order_browse} (payment date, the status codes that decide the tab, and the
 * number); the page's rows are then read by their numbers.
 */
final class EarlyPages {

    private static final String FACTS = "product_order_id, payment_date, product_order_status, place_order_status,"
            + " claim_type, claim_status, holdback_status, delayed";
    private static final String NEWEST_PAID = "select " + FACTS
            + " from product_order where payment_date is not null order by payment_date desc";
    private static final String UNPAID = "select " + FACTS + " from product_order where payment_date is null";
    private static final String BY_ID = "select " + ProductOrderColumns.SUMMARY_LIST
            + " from product_order where product_order_id = ?";
    private static final String FACT_COUNTS = "select product_order_status, place_order_status, claim_type,"
            + " claim_status, holdback_status, delayed, count(*) from product_order group by product_order_status,"
            + " place_order_status, claim_type, claim_status, holdback_status, delayed";
    /** The index's order for a browse: newest payment first, unpaid last, the higher number first on a tie. */
    private static final Comparator<Hit> ORDER = Comparator.comparing(Hit::paid,
            Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Hit::productOrderId, SortKeys.NUMERIC_TEXT.reversed());

    private final Jdbc jdbc;

    EarlyPages(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The page for a plain browse, or empty when the filter needs the index. */
    Optional<SearchResult> page(OrderFilter filter) {
        boolean plain = filter.text().isBlank() && filter.paidFrom() == null && filter.paidTo() == null
                && filter.claims() == ClaimFilter.ANY && filter.sortBy() == SortColumn.PAYMENT_DATE
                && filter.descending();
        if (!plain) {
            return Optional.empty();
        }
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) filter.offset() + filter.limit());
        return Optional.of(jdbc.call(connection -> {
            List<Hit> found = new ArrayList<>();
            boolean complete = streaming(connection,
                    () -> collect(connection.prepareStatement(NEWEST_PAID), filter.tab(), wanted, found));
            if (complete) {
                streaming(connection,
                        () -> collect(connection.prepareStatement(UNPAID), filter.tab(), Integer.MAX_VALUE, found));
            }
            found.sort(ORDER);
            List<OrderSummary> page = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
                for (int i = filter.offset(); i < Math.min(found.size(), wanted); i++) {
                    select.setString(1, found.get(i).productOrderId());
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            page.add(ProductOrderColumns.readSummary(row));
                        }
                    }
                }
            }
            return new SearchResult(complete ? found.size() : Math.max(found.size(), wanted), page);
        }));
    }

    /** Tab counts from one grouped scan, without building the index. */
    Map<OrderTab, Integer> tabCounts() {
        return jdbc.call(connection -> {
            Map<OrderTab, Integer> counts = new EnumMap<>(OrderTab.class);
            for (OrderTab tab : OrderTab.values()) {
                counts.put(tab, 0);
            }
            try (PreparedStatement select = connection.prepareStatement(FACT_COUNTS);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int count = rows.getInt(7);
                    for (OrderTab tab : OrderTab.tabsOf(facts(rows, 1))) {
                        counts.merge(tab, count, Integer::sum);
                    }
                }
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /**
     * Adds the statement's lines under the tab to {@code found} until it holds {@code wanted} of them and the next
     * line's payment date differs (so a group of equal dates is never cut, and sorting it gives the index's order).
     *
     * @return true when the statement ran out of lines before that
     */
    private static boolean collect(PreparedStatement select, OrderTab tab, int wanted, List<Hit> found)
            throws SQLException {
        try (select) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant paid = Sql.getInstant(rows, 2);
                    if (found.size() >= wanted && !Objects.equals(paid, found.get(found.size() - 1).paid())) {
                        return false;
                    }
                    if (tab.includes(facts(rows, 3))) {
                        found.add(new Hit(rows.getString(1), paid));
                    }
                }
                return true;
            }
        }
    }

    /**
     * Runs a walk with the database handing rows over as it reads them. By default H2 reads a query's whole result
     * before giving the first row (about 0.4 s for 100,000 lines, while the walk stops after a few thousand), and
     * PostgreSQL honours the fetch size only inside a transaction.
     */
    private static boolean streaming(Connection connection, Walk walk) throws SQLException {
        if (!connection.getAutoCommit()) {
            return walk.run();
        }
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        if (h2) {
            setLazy(connection, true);
        } else {
            connection.setAutoCommit(false);
        }
        try {
            return walk.run();
        } finally {
            if (h2) {
                setLazy(connection, false);
            } else {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void setLazy(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }

    /** A walk over one statement; true when it ran out of lines. */
    @FunctionalInterface
    private interface Walk {
        boolean run() throws SQLException;
    }

    private static OrderFacts facts(ResultSet rows, int first) throws SQLException {
        return OrderFacts.ofCodes(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getString(first + 3), rows.getString(first + 4), rows.getBoolean(first + 5));
    }

    private record Hit(String productOrderId, Instant paid) {
    }
}
