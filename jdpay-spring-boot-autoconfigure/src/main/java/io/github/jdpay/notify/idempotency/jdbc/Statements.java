package io.github.jdpay.notify.idempotency.jdbc;

import io.github.jdpay.notify.idempotency.IdempotencyStore.Outcome;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store's statements inside the delivery's transaction, each with the store's timeout. */
final class Statements {

    private static final String TABLE = JdbcIdempotencyStore.TABLE;

    private static final String DONE = "DONE";

    private final JdbcTemplate jdbc;

    private final IdempotencyTimes times;

    Statements(DataSource dataSource, IdempotencyTimes times) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(seconds(times.timeout()));
        this.times = times;
    }

    /** JDBC's query timeout counts whole seconds; at least one. */
    static int seconds(Duration timeout) {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /** What the claim of a key in the current transaction found. */
    enum Claim {

        /** The key's row, marked done, is written in this transaction; the work may run. */
        WON(Outcome.HANDLED),

        /** The key is done. */
        DONE(Outcome.DONE),

        /** Another transaction holds the key's row. */
        IN_PROGRESS(Outcome.IN_PROGRESS),

        /** The row changed under the claim; try again in a new transaction. */
        RETRY(null);

        private final @Nullable Outcome outcome;

        Claim(@Nullable Outcome outcome) {
            this.outcome = outcome;
        }

        @Nullable
        Outcome outcome() {
            return this.outcome;
        }
    }

    /**
     * Claims a key in the current transaction. The row is written as done at once: the commit that makes it visible is
     * the commit of the work, so no other transaction ever sees it in progress.
     */
    Claim claim(String key, Instant now) {
        List<Row> rows = this.jdbc.query(
                "SELECT state, claimed_at, completed_at FROM " + TABLE + " WHERE notification_key = ?",
                (result, index) -> new Row(
                        result.getString(1),
                        result.getObject(2, OffsetDateTime.class),
                        result.getObject(3, OffsetDateTime.class)),
                key);
        if (rows.isEmpty()) {
            return insert(key, now);
        }
        Row row = rows.get(0);
        OffsetDateTime expired = JdbcIdempotencyStore.at(now.minus(this.times.timeToLive()));
        OffsetDateTime leaseAgo = JdbcIdempotencyStore.at(now.minus(this.times.lease()));
        if (DONE.equals(row.state)) {
            if (row.completedAt != null && !row.completedAt.isBefore(expired)) {
                return Claim.DONE;
            }
        } else if (row.claimedAt != null && !row.claimedAt.isBefore(leaseAgo)) {
            return Claim.IN_PROGRESS;
        }
        return takeOver(key, now, expired, leaseAgo);
    }

    private Claim insert(String key, Instant now) {
        try {
            this.jdbc.update(
                    "INSERT INTO " + TABLE + " (notification_key, state, claimed_at, completed_at) VALUES (?, ?, ?, ?)",
                    key,
                    DONE,
                    JdbcIdempotencyStore.at(now),
                    JdbcIdempotencyStore.at(now));
            return Claim.WON;
        } catch (DuplicateKeyException ex) {
            return Claim.RETRY;
        } catch (DataAccessException ex) {
            if (waitedForALock(ex)) {
                return Claim.IN_PROGRESS;
            }
            throw ex;
        }
    }

    /**
     * Takes over a key past its time to live not yet purged, or a claim an earlier version of the store left in progress
     * longer than a lease ago.
     */
    private Claim takeOver(String key, Instant now, OffsetDateTime expired, OffsetDateTime leaseAgo) {
        try {
            int updated = this.jdbc.update(
                    "UPDATE " + TABLE + " SET state = ?, claimed_at = ?, completed_at = ? WHERE notification_key = ?"
                            + " AND ((state = ? AND completed_at < ?) OR (state <> ? AND claimed_at < ?))",
                    DONE,
                    JdbcIdempotencyStore.at(now),
                    JdbcIdempotencyStore.at(now),
                    key,
                    DONE,
                    expired,
                    DONE,
                    leaseAgo);
            return (updated == 1) ? Claim.WON : Claim.RETRY;
        } catch (DataAccessException ex) {
            if (waitedForALock(ex)) {
                return Claim.IN_PROGRESS;
            }
            throw ex;
        }
    }

    /**
     * Whether a write of the key's row timed out waiting for another transaction's lock on it, that is, for another
     * delivery of the notification being handled: a lock timeout (H2, {@code 55P03} on PostgreSQL) or the store's
     * query timeout on the write, which a plain read just before proved the database answers in time.
     */
    static boolean waitedForALock(DataAccessException ex) {
        if (ex instanceof PessimisticLockingFailureException || ex instanceof QueryTimeoutException) {
            return true;
        }
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && ("57014".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private record Row(
            @Nullable String state, @Nullable OffsetDateTime claimedAt, @Nullable OffsetDateTime completedAt) {}
}
