package io.github.jdpay.notify.idempotency.jdbc;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An {@link IdempotencyStore} in the application's database, shared by all its instances, in the table
 * {@value #TABLE} ({@value #SCHEMA} creates it): exactly once with the work the handler does on the same database.
 *
 * <p>{@code runOnce} opens a transaction through the application's transaction manager, inserts the key's row as done,
 * runs the work and commits: the row, and whatever the handler wrote on that {@code DataSource} in the transaction it
 * joined ({@code @Transactional}, {@code JdbcTemplate}, JPA through a {@code JpaTransactionManager}), commit together or
 * not at all. A crash anywhere before the commit rolls all of it back, and JD's next delivery runs the work once. The
 * primary key decides between concurrent deliveries: a second insert of the key waits on the first one's row lock and
 * then sees the committed row (the key is done) or, after a rollback, wins; a wait longer than the store's timeout is
 * answered as in progress. A twin on the same instance as the delivery being handled waits on nothing: it answers in
 * progress at once, without taking a connection, so twins cannot exhaust the pool; only a twin on another instance
 * waits on the row lock, one connection per key and instance. Work the handler does elsewhere (another database, a REST call, a message) is outside the
 * transaction and happens at least once.
 *
 * <p>Every operation is bounded by {@link IdempotencyTimes#timeout()}: the connection is taken within it (see
 * {@link BoundedConnections}), and each of the store's statements has it as query timeout. Rows older than the time to
 * live are deleted now and then, by whichever instance runs next. Thread-safe.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    /** The table's name. */
    public static final String TABLE = "jdpay_notification";

    /** Class path location of the script that creates the table (H2, PostgreSQL). */
    public static final String SCHEMA = "META-INF/jdpay/notification-schema.sql";

    private static final Log logger = LogFactory.getLog(JdbcIdempotencyStore.class);

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private static final String DONE = "DONE";

    private final DataSource dataSource;

    private final PlatformTransactionManager transactions;

    private final IdempotencyTimes times;

    private final TransactionTemplate transaction;

    private final BoundedConnections connections;

    private final Statements statements;

    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    /** The keys this instance is handling now. */
    private final Set<String> handling = ConcurrentHashMap.newKeySet();

    /**
     * A store on the {@value #TABLE} table of {@code dataSource}, in transactions of its own transaction manager: for a
     * handler that uses this {@code DataSource} through Spring's {@code DataSourceTransactionManager}.
     */
    public JdbcIdempotencyStore(DataSource dataSource, IdempotencyTimes times) {
        this(dataSource, new JdbcTransactionManager(dataSource), times);
    }

    /**
     * A store on the {@value #TABLE} table of {@code dataSource}.
     *
     * @param dataSource the application's database, the one its handlers write to
     * @param transactions the application's transaction manager of that {@code DataSource}, so that the handler's
     *     transactional work joins the store's transaction
     * @param times how long handled keys last, the store's timeout and clock
     */
    public JdbcIdempotencyStore(
            DataSource dataSource, PlatformTransactionManager transactions, IdempotencyTimes times) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.times = Objects.requireNonNull(times, "times");
        this.transaction = new TransactionTemplate(transactions);
        // A transaction of its own whatever the caller's: its commit is the record that the notification was handled.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.connections = new BoundedConnections(dataSource);
        this.statements = new Statements(dataSource, times);
    }

    @Override
    public Outcome runOnce(String key, Work work) throws Exception {
        if (!this.handling.add(key)) {
            // Its twin here holds the row lock until its commit: waiting on it would only hold a connection.
            return Outcome.IN_PROGRESS;
        }
        try {
            return claimAndRun(key, work);
        } finally {
            this.handling.remove(key);
        }
    }

    private Outcome claimAndRun(String key, Work work) throws Exception {
        Instant now = this.times.now();
        Connection connection = this.connections.acquire(this.times.timeout());
        try {
            purgeIfDue(connection, now);
            if (!canBind(connection)) {
                // JPA and other managers take their own connection: the one taken here proved the pool answers.
                BoundedConnections.close(connection);
            }
            return inTransaction(key, work, now);
        } finally {
            if (TransactionSynchronizationManager.getResource(this.dataSource) instanceof ConnectionHolder holder
                    && holder.getConnection() == connection) {
                TransactionSynchronizationManager.unbindResource(this.dataSource);
            }
            BoundedConnections.close(connection);
        }
    }

    /**
     * Hands the connection taken within the timeout to a {@code DataSourceTransactionManager}: one that finds a
     * connection bound to its {@code DataSource} outside any transaction begins its transaction on it, and leaves it
     * bound afterwards, for this store to unbind and close.
     */
    private boolean canBind(Connection connection) {
        if (this.transactions instanceof DataSourceTransactionManager manager
                && manager.getDataSource() == this.dataSource
                && !TransactionSynchronizationManager.hasResource(this.dataSource)) {
            TransactionSynchronizationManager.bindResource(this.dataSource, new ConnectionHolder(connection));
            return true;
        }
        return false;
    }

    private Outcome inTransaction(String key, Work work, Instant now) throws Exception {
        // A row can change between the read and the write (another delivery committed, or was purged): read again.
        for (int attempt = 0; attempt < 3; attempt++) {
            @Nullable Outcome outcome;
            try {
                outcome = this.transaction.execute(status -> {
                    Statements.Claim claim = this.statements.claim(key, now);
                    if (claim != Statements.Claim.WON) {
                        status.setRollbackOnly();
                        return claim.outcome();
                    }
                    try {
                        work.run();
                    } catch (Throwable ex) {
                        throw new WorkFailure(ex);
                    }
                    return Outcome.HANDLED;
                });
            } catch (WorkFailure ex) {
                throw ex.work();
            } catch (RuntimeException ex) {
                // The transaction failed to begin or commit, or one of the store's statements failed.
                throw new JdPayIdempotencyStoreException(
                        "the idempotency store failed for notification " + key + ": " + ex.getMessage(), ex);
            }
            if (outcome != null) {
                return outcome;
            }
        }
        throw new JdPayIdempotencyStoreException(
                "could not claim notification " + key + ": its row keeps changing", null);
    }

    private void purgeIfDue(Connection connection, Instant now) {
        Instant due = this.nextPurge.get();
        if (now.isBefore(due) || !this.nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            return;
        }
        OffsetDateTime expired = at(now.minus(this.times.timeToLive()));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
                + " WHERE (state = ? AND completed_at < ?) OR (state <> ? AND claimed_at < ?)")) {
            delete.setQueryTimeout(Statements.seconds(this.times.timeout()));
            delete.setString(1, DONE);
            delete.setObject(2, expired);
            delete.setString(3, DONE);
            delete.setObject(4, expired);
            int purged = delete.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (purged > 0 && logger.isDebugEnabled()) {
                logger.debug("Deleted " + purged + " JD Pay notification keys older than " + this.times.timeToLive());
            }
        } catch (SQLException ex) {
            // Old rows only cost space; the delivery itself must go on.
            logger.warn("Could not delete old JD Pay notification keys from " + TABLE + ": " + ex.getMessage());
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Carries what the work threw out of the transaction callback, which rolls back on it, so that it is told from the
     * transaction's own failures.
     */
    private static final class WorkFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Throwable work;

        WorkFailure(Throwable work) {
            super(null, null, false, false);
            this.work = work;
        }

        /** What the work threw, as {@code runOnce} may throw it. */
        Exception work() {
            if (this.work instanceof Error error) {
                throw error;
            }
            return (Exception) this.work;
        }
    }
}
