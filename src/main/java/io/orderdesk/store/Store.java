package io.orderdesk.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store of everything Order Desk has seen: product orders (whole detail JSON plus searchable columns) and
 * their change history, the sync ledger, cursors and leases, and settings. Screens read from here; the sync writes.
 *
 * <p>Either an H2 file in the user's data folder ({@link #openLocal}) or a database shared by several PCs
 * ({@link #open}, PostgreSQL 15; the same Flyway migrations run on both). A local H2 store runs in H2's automatic
 * mixed mode ({@code AUTO_SERVER=TRUE}): the first process to open the file owns it and serves it over a loopback
 * TCP port; a second Order Desk on the same folder connects through that server instead of failing or touching the
 * file, so both windows work and the file cannot be corrupted. Two instances never sync at once thanks to
 * {@link SyncLease}; each one's {@link OrderIndex} picks up the other's writes on {@link OrderIndex#refresh()}.
 */
public final class Store implements AutoCloseable {

    /** A shared database's JDBC URL; when set, {@link #fromEnvironment} opens it instead of the local file. */
    public static final String DB_URL_VARIABLE = "ORDERDESK_DB_URL";
    /** The shared database's user. */
    public static final String DB_USER_VARIABLE = "ORDERDESK_DB_USER";
    /** The shared database's password. */
    public static final String DB_PASSWORD_VARIABLE = "ORDERDESK_DB_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String LOCAL_DATABASE = "orderdesk";
    static final String LOCAL_USER = "orderdesk";
    private static final Duration REFRESH_OVERLAP = Duration.ofMinutes(5);

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final OrderIndex index;
    private final ProductOrders productOrders;
    private final Settings settings;
    private final Reviews reviews;
    private final Outbox outbox;
    private final AuditLog auditLog;

    private Store(HikariDataSource pool, Supplier<Path> keyFolder) {
        this.pool = pool;
        this.jdbc = Jdbc.pooled(pool);
        this.index = new OrderIndex(jdbc, REFRESH_OVERLAP, OrderIndex.DIRECT_SORT_LIMIT);
        this.productOrders = new ProductOrders(jdbc, rows -> inTransaction(tx -> tx.productOrders().upsert(rows)));
        this.settings = new Settings(jdbc, new SecretBox(keyFolder));
        this.reviews = new Reviews(jdbc);
        this.outbox = new Outbox(jdbc);
        this.auditLog = new AuditLog(jdbc);
    }

    /**
     * Opens (creating if needed) the H2 database {@code orderdesk} in the given data folder, which also holds this
     * PC's secret key. The H2 server of the mixed mode listens on 127.0.0.1 only, unless the JVM was started with
     * another {@code h2.bindAddress}.
     */
    public static Store openLocal(Path folder) {
        Path created = DataFolder.create(folder.toAbsolutePath());
        return open(localUrl(created), LOCAL_USER, "", () -> created);
    }

    /**
     * The local database's URL. The lock timeout is raised from H2's one second so an instance waits out another's
     * page transaction (a lease row held until commit) instead of failing.
     */
    static String localUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(LOCAL_DATABASE) + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    /**
     * Opens a database by JDBC URL, e.g. a shared PostgreSQL. This PC's secret key lives in the default data folder
     * ({@link DataFolder#ofSystem()}), created when a secret is first stored or read.
     */
    public static Store open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, () -> DataFolder.create(DataFolder.ofSystem()));
    }

    /** Opens a database by JDBC URL, keeping this PC's secret key in {@code localFolder}. */
    public static Store open(String jdbcUrl, String user, String password, Path localFolder) {
        return open(jdbcUrl, user, password, () -> DataFolder.create(localFolder));
    }

    /**
     * Opens the store the environment asks for: the database in {@code ORDERDESK_DB_URL} (with
     * {@code ORDERDESK_DB_USER} and {@code ORDERDESK_DB_PASSWORD}) when set, otherwise the local H2 file in
     * {@code dataFolder}, which holds this PC's secret key either way.
     */
    public static Store fromEnvironment(Map<String, String> env, Path dataFolder) {
        String url = env.get(DB_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return openLocal(dataFolder);
        }
        return open(url, env.get(DB_USER_VARIABLE), env.get(DB_PASSWORD_VARIABLE), dataFolder);
    }

    private static Store open(String jdbcUrl, String user, String password, Supplier<Path> keyFolder) {
        HikariDataSource pool = StoreDatabase.open(jdbcUrl, user, password);
        try {
            Store store = new Store(pool, keyFolder);
            store.index.startLoading();
            LOG.info("Store open on {}; the order index loads in the background",
                    StoreDatabase.withoutParameters(jdbcUrl));
            return store;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Product orders and their history; every call commits on its own. */
    public ProductOrders productOrders() {
        return productOrders;
    }

    /** The in-memory search index and tab counts. */
    public OrderIndex index() {
        return index;
    }

    /** The pooled connections, for this package's tests. */
    Jdbc jdbc() {
        return jdbc;
    }

    /** The sync ledger. */
    public SyncLedger ledger() {
        return new SyncLedger(jdbc);
    }

    /** Sync cursors; write them through {@link Transaction#cursors()} together with their page. */
    public SyncCursor cursors() {
        return new SyncCursor(jdbc);
    }

    /** Leases between instances sharing this database. */
    public SyncLease lease() {
        return new SyncLease(jdbc);
    }

    /** Product orders the sync must fetch again; write them through {@link Transaction#pending()}. */
    public PendingDetails pending() {
        return new PendingDetails(jdbc);
    }

    /** Settings and this PC's secrets. */
    public Settings settings() {
        return settings;
    }

    /** Buyer reviews fetched through the (provisional) reviews endpoint. */
    public Reviews reviews() {
        return reviews;
    }

    /** The outbox of staff actions and their per-line results. */
    public Outbox outbox() {
        return outbox;
    }

    /** The append-only audit log of staff actions. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * Runs the work in one transaction: it commits when the work returns and rolls back when it throws. Product
     * orders upserted in it reach the {@link #index()} only after the commit. Do not call the store's
     * non-transactional repositories from inside the work: they use other connections and would wait for this one.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            Transaction transaction = new Transaction(connection);
            T result;
            try {
                result = work.run(transaction);
                connection.commit();
            } catch (RuntimeException | Error | SQLException e) {
                rollback(connection, e);
                throw e;
            } finally {
                transaction.end();
            }
            for (ProductOrderWriter.Written written : transaction.written()) {
                index.apply(written.stored());
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Transaction failed: " + e.getMessage(), e);
        }
    }

    /** Closes the connection pool; a local H2 database closes with its last connection. */
    @Override
    public void close() {
        index.stop();
        pool.close();
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
