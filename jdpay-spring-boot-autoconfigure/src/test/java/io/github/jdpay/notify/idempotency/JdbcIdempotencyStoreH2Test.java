package io.github.jdpay.notify.idempotency;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@link JdbcIdempotencyStore} on an in-memory H2 database. */
class JdbcIdempotencyStoreH2Test extends JdbcIdempotencyStoreContract {

    private final String url = "jdbc:h2:mem:jdpay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    DataSource dataSource() {
        return new SimpleDriverDataSource(new Driver(), this.url, "sa", "");
    }
}
