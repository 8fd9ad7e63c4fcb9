package io.github.jdpay.merchant.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@link JdbcJdPayMerchantRegistry} on an in-memory H2 database. */
class JdbcJdPayMerchantRegistryH2Test extends JdbcJdPayMerchantRegistryContract {

    private final String url = "jdbc:h2:mem:jdpay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    DataSource dataSource() {
        return new SimpleDriverDataSource(new Driver(), this.url, "sa", "");
    }
}
