package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.notify.idempotency.IdempotencyStore.Claim;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * {@link JdbcIdempotencyStore} on a real database: the contract, with each instance on connections of its own (two
 * {@code JdbcTemplate}s on one database are two instances of the application), and what is in the table.
 */
abstract class JdbcIdempotencyStoreContract extends IdempotencyStoreContract {

    /** A fresh data source on the test's database; every call opens connections of its own. */
    abstract DataSource dataSource();

    @BeforeEach
    void emptyTable() {
        createTable(dataSource());
        new JdbcTemplate(dataSource()).update("DELETE FROM " + JdbcIdempotencyStore.TABLE);
    }

    static void createTable(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource(JdbcIdempotencyStore.SCHEMA)).execute(dataSource);
    }

    @Override
    IdempotencyStore instance() {
        return new JdbcIdempotencyStore(new JdbcTemplate(dataSource()), this.times);
    }

    private Map<String, Object> row(String key) {
        return new JdbcTemplate(dataSource())
                .queryForMap("SELECT * FROM " + JdbcIdempotencyStore.TABLE + " WHERE notification_key = ?", key);
    }

    private int rows() {
        Integer count = new JdbcTemplate(dataSource())
                .queryForObject("SELECT COUNT(*) FROM " + JdbcIdempotencyStore.TABLE, Integer.class);
        return (count != null) ? count : -1;
    }

    @Test
    void theSchemaScriptCanRunAgain() {
        createTable(dataSource());

        assertThat(rows()).isZero();
    }

    @Test
    void aClaimIsARowInProgressAndCompletingMarksItDone() {
        IdempotencyStore store = instance();

        store.claim("22294531:0:2:ROW1");
        assertThat(row("22294531:0:2:ROW1")).containsEntry("STATE", "IN_PROGRESS");
        store.complete("22294531:0:2:ROW1");

        assertThat(row("22294531:0:2:ROW1")).containsEntry("STATE", "DONE");
        assertThat(row("22294531:0:2:ROW1").get("COMPLETED_AT")).isNotNull();
    }

    @Test
    void aReleasedClaimLeavesNoRow() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:ROW2");

        store.release("22294531:0:2:ROW2");

        assertThat(rows()).isZero();
    }

    @Test
    void completingAKeyWhoseClaimVanishedStillRecordsIt() {
        instance().complete("22294531:0:2:ROW3");

        assertThat(instance().claim("22294531:0:2:ROW3")).isEqualTo(Claim.DONE);
    }

    @Test
    void keysPastTheirTimeToLiveAreDeletedByALaterClaim() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:OLD");
        store.complete("22294531:0:2:OLD");
        advance(TIME_TO_LIVE.plus(Duration.ofHours(1)));

        instance().claim("22294531:0:2:NEW");

        assertThat(rows()).isEqualTo(1);
    }
}
