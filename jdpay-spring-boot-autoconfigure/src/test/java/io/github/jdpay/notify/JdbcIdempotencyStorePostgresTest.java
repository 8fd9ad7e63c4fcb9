package io.github.jdpay.notify;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@link JdbcIdempotencyStore} on a real PostgreSQL server, whose JDBC URL comes from the environment variable or
 * system property {@value #URL_VARIABLE} ({@code .ci/postgres.sh} starts a server and prints one; {@code .ci/run} always
 * sets it). Each run works in a schema of its own, so that builds sharing the server do not meet.
 */
class JdbcIdempotencyStorePostgresTest extends JdbcIdempotencyStoreContract {

    static final String URL_VARIABLE = "JDPAY_TEST_POSTGRES_URL";

    private static final String SCHEMA =
            "jdpay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static String url() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        assumeTrue(
                url != null && !url.isBlank(),
                "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set (run .ci/postgres.sh, or use .ci/run)");
        return url;
    }

    private static DataSource connect(String url) {
        return new SimpleDriverDataSource(new Driver(), url);
    }

    @BeforeAll
    static void createSchema() {
        new JdbcTemplate(connect(url())).execute("CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url != null && !url.isBlank()) {
            new JdbcTemplate(connect(url)).execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    DataSource dataSource() {
        String url = url();
        return connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA.toLowerCase(Locale.ROOT));
    }
}
