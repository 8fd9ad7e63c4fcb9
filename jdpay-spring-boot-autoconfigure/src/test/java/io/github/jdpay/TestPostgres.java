package io.github.jdpay;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A schema of its own on the PostgreSQL server whose JDBC URL is in the environment variable or system property
 * {@value #URL_VARIABLE} ({@code .ci/postgres.sh} starts a server and prints one; {@code .ci/run} always sets it):
 * without a server each test is skipped, naming the reason, and under
 * {@code CI=true} it fails, because CI must never pass without having run them.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "JDPAY_TEST_POSTGRES_URL";

    private final String schema =
            "jdpay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static @Nullable String configuredUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return (url == null || url.isBlank()) ? null : url;
    }

    private static String url() {
        String url = configuredUrl();
        if (url == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(
                    "CI=true but " + URL_VARIABLE + " is not set: .ci/run starts PostgreSQL for these");
        }
        assumeTrue(
                url != null,
                "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set (run .ci/postgres.sh, or use .ci/run)");
        return url;
    }

    private static DataSource connect(String url) {
        return new SimpleDriverDataSource(new Driver(), url);
    }

    /** Creates the schema, when there is a server; for {@code @BeforeAll}. */
    public void create() {
        String url = configuredUrl();
        if (url != null) {
            new JdbcTemplate(connect(url)).execute("CREATE SCHEMA " + this.schema);
        }
    }

    /** Drops the schema and all in it, when there is a server; for {@code @AfterAll}. */
    public void drop() {
        String url = configuredUrl();
        if (url != null) {
            new JdbcTemplate(connect(url)).execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
        }
    }

    /** A data source on the schema, opening connections of its own; skips or fails the test without a server. */
    public DataSource dataSource() {
        String url = url();
        return connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + this.schema.toLowerCase(Locale.ROOT));
    }
}
