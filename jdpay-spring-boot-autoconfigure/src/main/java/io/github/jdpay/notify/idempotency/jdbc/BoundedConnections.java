package io.github.jdpay.notify.idempotency.jdbc;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Takes connections from the application's pool within the store's timeout, whatever the pool's own wait.
 *
 * <p>Why not the pool's settings: the {@code DataSource} is the application's, its wait (Hikari's
 * {@code connectionTimeout}, 30 s by default) is sized for the application's requests, and a {@code DataSource} has no
 * per-call timeout ({@code setLoginTimeout} is about new physical connections, and pools apply it to everyone or not at
 * all). Nor does a statement timeout help before there is a statement. So the connection is asked for on a few threads
 * of the store's own while the request thread waits at most the timeout: an exhausted pool, or a database that accepts
 * connections and never answers, costs a delivery the timeout and a 503, never the pool's wait. A connection that comes
 * after its caller gave up is closed (returned to the pool) at once; an attempt still queued when its caller gave up is
 * skipped. At most {@value #THREADS} threads wait on a stuck pool; the queue only bounds memory.
 */
final class BoundedConnections {

    private static final Log logger = LogFactory.getLog(BoundedConnections.class);

    static final int THREADS = 8;

    private static final int QUEUE = 1024;

    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

    private final DataSource dataSource;

    private final ThreadPoolExecutor executor;

    BoundedConnections(DataSource dataSource) {
        this.dataSource = dataSource;
        this.executor = new ThreadPoolExecutor(
                THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread =
                            new Thread(runnable, "jdpay-idempotency-connect-" + THREAD_NUMBERS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** A connection of the pool's, or a store failure once {@code timeout} passed. */
    Connection acquire(Duration timeout) {
        Attempt attempt = new Attempt();
        try {
            this.executor.execute(attempt);
        } catch (RejectedExecutionException ex) {
            throw new JdPayIdempotencyStoreException(
                    "the idempotency store's database hands out no connections: " + QUEUE + " requests wait already",
                    ex);
        }
        try {
            return attempt.connection.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException ex) {
            if (attempt.connection.cancel(false)) {
                throw new JdPayIdempotencyStoreException(
                        "the idempotency store got no database connection within " + timeout
                                + " (jdpay.notify.idempotency.timeout): the pool is exhausted or the database does not"
                                + " answer",
                        ex);
            }
            return attempt.connection.join(); // it came while the wait ended
        } catch (ExecutionException ex) {
            throw new JdPayIdempotencyStoreException(
                    "the idempotency store could not connect to its database: "
                            + ((ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage()),
                    ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            attempt.connection.cancel(false);
            throw new JdPayIdempotencyStoreException("interrupted while waiting for a database connection", ex);
        }
    }

    /** One request for a connection. */
    private final class Attempt implements Runnable {

        final CompletableFuture<Connection> connection = new CompletableFuture<>();

        @Override
        public void run() {
            if (this.connection.isDone()) {
                return; // its caller gave up while it was queued
            }
            Connection made;
            try {
                made = BoundedConnections.this.dataSource.getConnection();
            } catch (SQLException | RuntimeException ex) {
                this.connection.completeExceptionally(ex);
                return;
            }
            if (!this.connection.complete(made)) {
                close(made);
            }
        }
    }

    static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ex) {
            logger.debug("Could not close a connection of the idempotency store", ex);
        }
    }
}
