package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore.Outcome;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link JdbcIdempotencyStore} on a real database: the contract, with each instance on connections of its own (two
 * stores on one database are two instances of the application), what is in the table, and the transaction the
 * handler's own writes share with the store's row, counted in an application table {@code shop_effect}.
 */
abstract class JdbcIdempotencyStoreContract extends IdempotencyStoreContract {

    private final Map<IdempotencyStore, TrackingDataSource> connections = new ConcurrentHashMap<>();

    /** A fresh data source on the test's database; every call opens connections of its own. */
    abstract DataSource dataSource();

    @BeforeEach
    void emptyTables() {
        createTable(dataSource());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        jdbc.execute("CREATE TABLE IF NOT EXISTS shop_effect (trade_num VARCHAR(64) NOT NULL)");
        jdbc.update("DELETE FROM shop_effect");
        jdbc.update("DELETE FROM " + JdbcIdempotencyStore.TABLE);
    }

    static void createTable(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource(JdbcIdempotencyStore.SCHEMA)).execute(dataSource);
    }

    @Override
    IdempotencyStore instance() {
        TrackingDataSource dataSource = new TrackingDataSource(dataSource());
        JdbcIdempotencyStore store = new JdbcIdempotencyStore(dataSource, this.times);
        this.connections.put(store, dataSource);
        return store;
    }

    /** An instance and the application's JDBC on its {@code DataSource}, as a handler uses it. */
    private record Shop(JdbcIdempotencyStore store, JdbcTemplate jdbc) {

        void effect(String tradeNum) {
            this.jdbc.update("INSERT INTO shop_effect (trade_num) VALUES (?)", tradeNum);
        }
    }

    private Shop shop() {
        IdempotencyStore store = instance();
        return new Shop((JdbcIdempotencyStore) store, new JdbcTemplate(this.connections.get(store)));
    }

    @Override
    IdempotencyStore failingInstance() {
        return new JdbcIdempotencyStore(
                new SimpleDriverDataSource() {
                    @Override
                    public java.sql.Connection getConnection() throws SQLException {
                        throw new SQLException("Connection refused", "08001");
                    }
                },
                this.times);
    }

    @Override
    void crash(IdempotencyStore holder) throws SQLException {
        this.connections.get(holder).die();
    }

    private JdbcTemplate outside() {
        return new JdbcTemplate(dataSource());
    }

    private List<Map<String, Object>> rows(String key) {
        return outside()
                .queryForList("SELECT * FROM " + JdbcIdempotencyStore.TABLE + " WHERE notification_key = ?", key);
    }

    private int count(String table) {
        Integer count = outside().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return (count != null) ? count : -1;
    }

    @Test
    void theSchemaScriptCanRunAgain() {
        createTable(dataSource());

        assertThat(count(JdbcIdempotencyStore.TABLE)).isZero();
    }

    @Test
    void theHandlersWriteAndTheDoneRowCommitTogether() throws Exception {
        Shop shop = shop();
        AtomicInteger seenOutsideDuringWork = new AtomicInteger(-1);

        Outcome outcome = shop.store().runOnce("22294531:0:2:TX1", () -> {
            shop.effect("TX1");
            seenOutsideDuringWork.set(rows("22294531:0:2:TX1").size() + count("shop_effect"));
        });

        assertThat(outcome).isEqualTo(Outcome.HANDLED);
        assertThat(seenOutsideDuringWork).as("uncommitted while the work runs").hasValue(0);
        assertThat(rows("22294531:0:2:TX1")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("STATE", "DONE");
            assertThat(row.get("COMPLETED_AT")).isNotNull();
        });
        assertThat(count("shop_effect")).isEqualTo(1);
    }

    @Test
    void aHandlerThatThrowsAfterItsWriteLeavesNeitherRowAndTheNextDeliveryRunsOnce() throws Exception {
        Shop shop = shop();

        assertThatThrownBy(() -> shop.store().runOnce("22294531:0:2:TX2", () -> {
                    shop.effect("TX2");
                    throw new IllegalStateException("the shop refused the order");
                }))
                .hasMessage("the shop refused the order");

        assertThat(count(JdbcIdempotencyStore.TABLE)).isZero();
        assertThat(count("shop_effect")).isZero();
        Shop next = shop();
        AtomicInteger runs = new AtomicInteger();
        assertThat(next.store().runOnce("22294531:0:2:TX2", () -> {
                    runs.incrementAndGet();
                    next.effect("TX2");
                }))
                .isEqualTo(Outcome.HANDLED);
        assertThat(next.store().runOnce("22294531:0:2:TX2", runs::incrementAndGet))
                .isEqualTo(Outcome.DONE);
        assertThat(runs).hasValue(1);
        assertThat(count("shop_effect")).isEqualTo(1);
        assertThat(rows("22294531:0:2:TX2")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("STATE", "DONE"));
    }

    @Test
    void aCrashAfterTheHandlersWriteBeforeTheCommitLeavesNeitherRowAndTheNextDeliveryRunsOnce() throws Exception {
        Shop shop = shop();

        assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                .isThrownBy(() -> shop.store().runOnce("22294531:0:2:TX3", () -> {
                    shop.effect("TX3");
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            throw new IllegalStateException("killed before the commit");
                        }
                    });
                }));
        assertThat(count(JdbcIdempotencyStore.TABLE)).isZero();
        assertThat(count("shop_effect")).isZero();

        Shop next = shop();
        assertThat(next.store().runOnce("22294531:0:2:TX3", () -> next.effect("TX3")))
                .isEqualTo(Outcome.HANDLED);
        assertThat(count("shop_effect")).isEqualTo(1);
    }

    @Test
    void aConnectionLostAfterTheHandlersWriteLeavesNeitherRow() {
        Shop shop = shop();
        DataSource dataSource = shop.jdbc().getDataSource();

        assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                .isThrownBy(() -> shop.store().runOnce("22294531:0:2:TX4", () -> {
                    shop.effect("TX4");
                    DataSourceUtils.getConnection(dataSource).close();
                }));

        assertThat(count(JdbcIdempotencyStore.TABLE)).isZero();
        assertThat(count("shop_effect")).isZero();
    }

    @Test
    void concurrentDeliveriesCommitTheHandlersEffectExactlyOnce() throws Exception {
        List<Shop> shops = List.of(shop(), shop());
        for (int key = 0; key < 3; key++) {
            String tradeNum = "EFFECT" + key;
            List<Outcome> outcomes = race(i -> {
                Shop shop = shops.get(i % 2);
                return shop.store().runOnce("22294531:0:2:" + tradeNum, () -> shop.effect(tradeNum));
            });

            assertThat(outcomes).containsOnlyOnce(Outcome.HANDLED);
            Integer effects = outside()
                    .queryForObject("SELECT COUNT(*) FROM shop_effect WHERE trade_num = ?", Integer.class, tradeNum);
            assertThat(effects).as("effects of " + tradeNum).isEqualTo(1);
        }
    }

    @Test
    void twinsOnTheInstanceHandlingTheKeyAnswerInProgressAtOnceWithoutAConnection() throws Exception {
        IdempotencyStore store = instance();
        TrackingDataSource pool = this.connections.get(store);
        Holder holder = hold(store, "22294531:0:2:TWIN");
        int openForTheHolder = pool.peakOpen();
        long started = System.nanoTime();

        List<Outcome> twins = race(i -> store.runOnce("22294531:0:2:TWIN", this::neverRuns));

        assertThat(twins).hasSize(THREADS).containsOnly(Outcome.IN_PROGRESS);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("twins answered while the holder still runs")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(pool.peakOpen()).as("connections open at once").isEqualTo(openForTheHolder);
        assertThat(holder.finish()).isEqualTo(Outcome.HANDLED);
        assertThat(store.runOnce("22294531:0:2:TWIN", this::neverRuns)).isEqualTo(Outcome.DONE);
        assertThat(rows("22294531:0:2:TWIN")).hasSize(1);
    }

    @Test
    void aClaimAnEarlierVersionLeftInProgressIsTakenOverAfterALease() throws Exception {
        Instant claimed = this.times.now();
        outside()
                .update(
                        "INSERT INTO " + JdbcIdempotencyStore.TABLE
                                + " (notification_key, state, claimed_at) VALUES (?, 'IN_PROGRESS', ?)",
                        "22294531:0:2:OLD1",
                        claimed.atOffset(ZoneOffset.UTC));

        assertThat(instance().runOnce("22294531:0:2:OLD1", this::neverRuns)).isEqualTo(Outcome.IN_PROGRESS);
        advance(LEASE.plusSeconds(1));
        AtomicInteger runs = new AtomicInteger();
        assertThat(instance().runOnce("22294531:0:2:OLD1", runs::incrementAndGet))
                .isEqualTo(Outcome.HANDLED);
        assertThat(runs).hasValue(1);
        assertThat(rows("22294531:0:2:OLD1")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("STATE", "DONE"));
    }

    @Test
    void keysPastTheirTimeToLiveAreDeletedByALaterDelivery() throws Exception {
        instance().runOnce("22294531:0:2:OLD", () -> {});
        advance(TIME_TO_LIVE.plus(Duration.ofHours(1)));

        instance().runOnce("22294531:0:2:NEW", () -> {});

        assertThat(count(JdbcIdempotencyStore.TABLE)).isEqualTo(1);
        assertThat(rows("22294531:0:2:NEW")).hasSize(1);
    }
}
