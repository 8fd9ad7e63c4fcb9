package io.github.jdpay.notify.idempotency.jdbc;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * An {@link IdempotencyStore} in the application's database, shared by all its instances, in the table
 * {@value #TABLE} ({@value #SCHEMA} creates it).
 *
 * <p>A claim inserts the key: the primary key lets exactly one of several concurrent inserts win, whichever instance
 * they come from. A claim left in progress past its timeout is taken over by one conditional update, which again only
 * one instance can win. Each statement runs on its own, in auto-commit, outside any transaction of the application.
 * Rows older than the time to live are deleted now and then, by whichever instance claims next. Thread-safe.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    /** The table's name. */
    public static final String TABLE = "jdpay_notification";

    /** Class path location of the script that creates the table (H2, PostgreSQL). */
    public static final String SCHEMA = "META-INF/jdpay/notification-schema.sql";

    private static final Log logger = LogFactory.getLog(JdbcIdempotencyStore.class);

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private static final String IN_PROGRESS = "IN_PROGRESS";

    private static final String DONE = "DONE";

    private final JdbcOperations jdbc;

    private final IdempotencyTimes times;

    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    /**
     * A store on the {@value #TABLE} table that {@code jdbc} reaches.
     *
     * @param jdbc runs the statements, usually a {@code JdbcTemplate} on the application's {@code DataSource}
     * @param times how long claims and handled keys last
     */
    public JdbcIdempotencyStore(JdbcOperations jdbc, IdempotencyTimes times) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.times = Objects.requireNonNull(times, "times");
    }

    @Override
    public Claim claim(String key) {
        Instant now = this.times.clock().instant();
        purgeIfDue(now);
        // The row may vanish between the failed insert and the read (released, purged): then try again.
        for (int attempt = 0; attempt < 3; attempt++) {
            if (insert(key, IN_PROGRESS, now) || takeOver(key, now)) {
                return Claim.NEW;
            }
            List<String> state = this.jdbc.queryForList(
                    "SELECT state FROM " + TABLE + " WHERE notification_key = ?", String.class, key);
            if (!state.isEmpty()) {
                return DONE.equals(state.get(0)) ? Claim.DONE : Claim.IN_PROGRESS;
            }
        }
        throw new IllegalStateException("could not claim notification " + key + ": its row keeps changing");
    }

    @Override
    public void complete(String key) {
        Instant now = this.times.clock().instant();
        String update = "UPDATE " + TABLE + " SET state = ?, completed_at = ? WHERE notification_key = ?";
        if (this.jdbc.update(update, DONE, at(now), key) == 0 && !insert(key, DONE, now)) {
            this.jdbc.update(update, DONE, at(now), key);
        }
    }

    @Override
    public void release(String key) {
        this.jdbc.update("DELETE FROM " + TABLE + " WHERE notification_key = ? AND state = ?", key, IN_PROGRESS);
    }

    private boolean insert(String key, String state, Instant now) {
        try {
            this.jdbc.update(
                    "INSERT INTO " + TABLE + " (notification_key, state, claimed_at, completed_at) VALUES (?, ?, ?, ?)",
                    key,
                    state,
                    at(now),
                    DONE.equals(state) ? at(now) : null);
            return true;
        } catch (DuplicateKeyException ex) {
            return false;
        }
    }

    /** Takes over a claim left in progress past its timeout, or a key past its time to live not yet purged. */
    private boolean takeOver(String key, Instant now) {
        OffsetDateTime stale = at(now.minus(this.times.inProgressTimeout()));
        OffsetDateTime expired = at(now.minus(this.times.timeToLive()));
        return this.jdbc.update(
                        "UPDATE " + TABLE + " SET state = ?, claimed_at = ?, completed_at = NULL"
                                + " WHERE notification_key = ?"
                                + " AND ((state = ? AND claimed_at < ?) OR (state = ? AND completed_at < ?))",
                        IN_PROGRESS,
                        at(now),
                        key,
                        IN_PROGRESS,
                        stale,
                        DONE,
                        expired)
                == 1;
    }

    private void purgeIfDue(Instant now) {
        Instant due = this.nextPurge.get();
        if (now.isBefore(due) || !this.nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            return;
        }
        OffsetDateTime expired = at(now.minus(this.times.timeToLive()));
        try {
            int purged = this.jdbc.update(
                    "DELETE FROM " + TABLE
                            + " WHERE (state = ? AND completed_at < ?) OR (state = ? AND claimed_at < ?)",
                    DONE,
                    expired,
                    IN_PROGRESS,
                    expired);
            if (purged > 0 && logger.isDebugEnabled()) {
                logger.debug("Deleted " + purged + " JD Pay notification keys older than " + this.times.timeToLive());
            }
        } catch (DataAccessException ex) {
            // Old rows only cost space; the claim itself must go on.
            logger.warn("Could not delete old JD Pay notification keys from " + TABLE + ": " + ex.getMessage());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
