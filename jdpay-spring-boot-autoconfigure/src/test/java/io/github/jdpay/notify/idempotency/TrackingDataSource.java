package io.github.jdpay.notify.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** One application instance's connections to the test database, which {@link #die()} closes as a crash would. */
final class TrackingDataSource extends DelegatingDataSource {

    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();

    private final AtomicInteger open = new AtomicInteger();

    private final AtomicInteger peak = new AtomicInteger();

    TrackingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        this.handedOut.add(connection);
        this.peak.accumulateAndGet(this.open.incrementAndGet(), Math::max);
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && !connection.isClosed()) {
                        this.open.decrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
    }

    /** The most connections this instance has had open at once. */
    int peakOpen() {
        return this.peak.get();
    }

    /**
     * Closes every connection handed out, whatever it is doing: the database rolls back their open transactions and
     * frees their locks, as it does when the process holding them is killed.
     */
    void die() throws SQLException {
        for (Connection connection : this.handedOut) {
            connection.close();
        }
    }
}
