package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Instances starting together with {@code jdpay.notify.idempotency.jdbc.initialize-schema=true} on one PostgreSQL
 * database, whose URL comes from {@value #URL_VARIABLE} ({@code .ci/postgres.sh} prints one): each creates the table
 * or finds it created by another, and none fails. Each round works in a fresh schema, where the table does not exist.
 */
class JdPayNotifySchemaRaceTest {

    static final String URL_VARIABLE = "JDPAY_TEST_POSTGRES_URL";

    private static final int INSTANCES = 8;

    private static final int ROUNDS = 10;

    /** The server's URL; under {@code CI=true} a missing server is a failure, never a skip. */
    private static String url() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        boolean missing = url == null || url.isBlank();
        if (missing && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(
                    "CI=true but " + URL_VARIABLE + " is not set: .ci/run starts PostgreSQL for these");
        }
        assumeTrue(!missing, "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set (run .ci/postgres.sh)");
        return url;
    }

    private static DataSource connect(String url) {
        return new SimpleDriverDataSource(new Driver(), url);
    }

    @Test
    void instancesStartingTogetherAllInitializeTheTable() throws Exception {
        String url = url();
        JdbcTemplate admin = new JdbcTemplate(connect(url));
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String schema = "jdpay_race_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                admin.execute("CREATE SCHEMA " + schema);
                try {
                    DataSource database = connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                    CyclicBarrier start = new CyclicBarrier(INSTANCES);
                    List<Future<?>> starts = new ArrayList<>();
                    for (int i = 0; i < INSTANCES; i++) {
                        starts.add(pool.submit(() -> {
                            start.await();
                            JdPayNotifyJdbcConfiguration.JdbcStoreConfiguration.initializeSchema(database);
                            return null;
                        }));
                    }
                    for (Future<?> started : starts) {
                        started.get(60, TimeUnit.SECONDS);
                    }

                    JdbcTemplate jdbc = new JdbcTemplate(database);
                    jdbc.update(
                            "INSERT INTO " + JdbcIdempotencyStore.TABLE
                                    + " (notification_key, state, claimed_at) VALUES (?, 'DONE', ?)",
                            "22294531:0:2:R" + round,
                            OffsetDateTime.now());
                    assertThat(jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM " + schema + "." + JdbcIdempotencyStore.TABLE, Integer.class))
                            .as("round " + round)
                            .isEqualTo(1);
                } finally {
                    admin.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
