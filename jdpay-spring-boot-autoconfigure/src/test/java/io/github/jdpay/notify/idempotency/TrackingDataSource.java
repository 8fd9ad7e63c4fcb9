package io.github.jdpay.notify.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** One application instance's connections to the test database, which {@link #die()} closes as a crash would. */
final class TrackingDataSource extends DelegatingDataSource {

    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();

    TrackingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        this.handedOut.add(connection);
        return connection;
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
