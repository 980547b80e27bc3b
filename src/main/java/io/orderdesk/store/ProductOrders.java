package io.orderdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The stored product orders and their local change history. Obtained from {@link Store#productOrders()} (each call
 * commits on its own) or from {@link Transaction#productOrders()} (writes commit with the rest of the transaction).
 */
public final class ProductOrders {

    private static final int IN_LIST_CHUNK = 500;
    private static final int STREAM_PAGE = 500;
    private static final String SELECT = ProductOrderColumns.SELECT_WHOLE;

    private final Jdbc jdbc;
    private final Function<List<StoredProductOrder>, UpsertResult> upserter;

    ProductOrders(Jdbc jdbc, Function<List<StoredProductOrder>, UpsertResult> upserter) {
        this.jdbc = jdbc;
        this.upserter = upserter;
    }

    /**
     * Stores a page of product orders: inserts new lines, updates changed ones and ignores lines identical to the
     * stored version (same detail JSON and same {@code lastChangedDate}) or older than it (an earlier
     * {@code lastChangedDate}: a late page must not undo a newer change). Every insert or update appends a
     * {@link HistoryEntry}. A row without a {@code lastChangedDate} (from a query that carries no change information)
     * keeps the stored {@code lastChangedDate}, {@code lastChangedType} and {@code addressChanged}. All rows commit
     * together, and the search index sees them only once they have.
     *
     * @throws StoreException when another writer stored some of the same lines at the same moment (SQLSTATE
     *                        {@code 40001} in the cause): nothing was written, and the page can simply be stored again
     */
    public UpsertResult upsert(List<StoredProductOrder> rows) {
        if (rows.isEmpty()) {
            return new UpsertResult(List.of(), List.of(), 0);
        }
        return upserter.apply(List.copyOf(rows));
    }

    /** The stored product order with this id. */
    public Optional<StoredProductOrder> find(String productOrderId) {
        List<StoredProductOrder> found = findAll(List.of(productOrderId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The stored product orders among these ids, in the order given; unknown ids are left out. */
    public List<StoredProductOrder> findAll(Collection<String> productOrderIds) {
        List<String> ids = productOrderIds.stream().distinct().toList();
        Map<String, StoredProductOrder> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            found.putAll(jdbc.call(connection -> {
                Map<String, StoredProductOrder> rows = new LinkedHashMap<>();
                try (PreparedStatement select = connection.prepareStatement(
                        SELECT + " where p.product_order_id in (" + Sql.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            StoredProductOrder row = ProductOrderColumns.read(result);
                            rows.put(row.productOrderId(), row);
                        }
                    }
                }
                return rows;
            }));
        }
        return ids.stream().map(found::get).filter(row -> row != null).toList();
    }

    /** Every version of this product order the store has seen, newest first. */
    public List<HistoryEntry> history(String productOrderId) {
        return jdbc.call(connection -> {
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select seen_at, last_changed_date,"
                    + " last_changed_type, changes from product_order_history where product_order_id = ?"
                    + " order by id desc")) {
                select.setString(1, productOrderId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        entries.add(new HistoryEntry(Sql.getInstant(result, "seen_at"),
                                Sql.getInstant(result, "last_changed_date"), result.getString("last_changed_type"),
                                ChangeSet.fromJson(result.getString("changes"))));
                    }
                }
            }
            return entries;
        });
    }

    /** Number of stored product orders. */
    public long count() {
        return jdbc.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select count(*) from product_order");
                 ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /**
     * Up to {@code limit} product orders in id order, starting after {@code afterProductOrderId} ({@code null} for
     * the first page). Keyset paging: no connection stays open between pages.
     */
    public List<StoredProductOrder> page(String afterProductOrderId, int limit) {
        return jdbc.call(connection -> {
            List<StoredProductOrder> rows = new ArrayList<>();
            String where = afterProductOrderId == null ? "" : " where p.product_order_id > ?";
            try (PreparedStatement select = connection.prepareStatement(
                    SELECT + where + " order by p.product_order_id fetch first ? rows only")) {
                int index = 1;
                if (afterProductOrderId != null) {
                    select.setString(index++, afterProductOrderId);
                }
                select.setInt(index, limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(ProductOrderColumns.read(result));
                    }
                }
            }
            return rows;
        });
    }

    /** All stored product orders in id order, read lazily page by page, for exports. */
    public Stream<StoredProductOrder> stream() {
        Iterator<StoredProductOrder> pages = new Iterator<>() {
            private List<StoredProductOrder> page = page(null, STREAM_PAGE);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.size() && page.size() == STREAM_PAGE) {
                    page = page(page.get(page.size() - 1).productOrderId(), STREAM_PAGE);
                    next = 0;
                }
                return next < page.size();
            }

            @Override
            public StoredProductOrder next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }
}
