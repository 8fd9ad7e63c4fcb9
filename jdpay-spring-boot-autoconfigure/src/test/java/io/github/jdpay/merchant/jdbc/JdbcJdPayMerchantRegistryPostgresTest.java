package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link JdbcJdPayMerchantRegistry} on a real PostgreSQL server ({@link TestPostgres}: skipped without one, failing
 * under {@code CI=true}), in a schema of its own.
 */
class JdbcJdPayMerchantRegistryPostgresTest extends JdbcJdPayMerchantRegistryContract {

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
