package io.github.jdpay.notify.idempotency;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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

    private static @Nullable String configuredUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return (url == null || url.isBlank()) ? null : url;
    }

    /** The server's URL; each test, rather than the class, is skipped without one, so that reports name the reason. */
    private static String url() {
        String url = configuredUrl();
        assumeTrue(
                url != null,
                "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set (run .ci/postgres.sh, or use .ci/run)");
        return url;
    }

    private static DataSource connect(String url) {
        return new SimpleDriverDataSource(new Driver(), url);
    }

    @BeforeAll
    static void createSchema() {
        String url = configuredUrl();
        if (url != null) {
            new JdbcTemplate(connect(url)).execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    @AfterAll
    static void dropSchema() {
        String url = configuredUrl();
        if (url != null) {
            new JdbcTemplate(connect(url)).execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    DataSource dataSource() {
        String url = url();
        return connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA.toLowerCase(Locale.ROOT));
    }
}
