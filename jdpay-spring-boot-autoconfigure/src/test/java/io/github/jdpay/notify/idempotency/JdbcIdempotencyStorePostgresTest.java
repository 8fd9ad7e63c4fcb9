package io.github.jdpay.notify.idempotency;

import io.github.jdpay.TestPostgres;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link JdbcIdempotencyStore} on a real PostgreSQL server ({@link TestPostgres}: skipped without one, failing under
 * {@code CI=true}). Each run works in a schema of its own, so that builds sharing the server do not meet.
 */
class JdbcIdempotencyStorePostgresTest extends JdbcIdempotencyStoreContract {

    private static final TestPostgres POSTGRES = new TestPostgres();

    @BeforeAll
    static void createSchema() {
        POSTGRES.create();
    }

    @AfterAll
    static void dropSchema() {
        POSTGRES.drop();
    }

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
