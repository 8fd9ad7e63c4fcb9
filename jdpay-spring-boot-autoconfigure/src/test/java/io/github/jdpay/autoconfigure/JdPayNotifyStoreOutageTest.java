package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Issue 14, item 8: a store whose database hands out no connection costs a delivery the store's timeout and a 503,
 * not the pool's wait. The pool here is exhausted on purpose: its {@code getConnection} blocks until the test ends,
 * for at most the {@link #POOL_WAIT} a pool such as Hikari would wait.
 */
class JdPayNotifyStoreOutageTest {

    /** Far above the store's 2 s timeout even on a loaded machine, far below the pool's wait. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final Duration POOL_WAIT = Duration.ofMinutes(5);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues(
                    "jdpay.notify.idempotency.store=jdbc", "jdpay.notify.idempotency.jdbc.initialize-schema=true")
            .withBean(Clock.class, () -> JdPayNotifyEndpointTest.AFTER_N2)
            .withUserConfiguration(NotifyHandlers.PaymentsConfig.class);

    @Test
    void anExhaustedPoolIsAnswered503WithinTheStoreTimeoutAndTheNextDeliveryAfterItIsHandled() {
        ExhaustablePool pool = new ExhaustablePool(
                new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        this.runner.withBean(DataSource.class, () -> pool).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JdbcIdempotencyStore.class);
            NotifyHandlers.Payments payments = context.getBean(NotifyHandlers.Payments.class);
            pool.exhaust();
            try {
                long started = System.nanoTime();

                JdPayNotifyEndpointTest.postN2(context)
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(content().string("fail"));

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
                assertThat(pool.waiting()).as("the delivery asked the pool").isPositive();
                assertThat(payments.received).isEmpty();
            } finally {
                pool.refill();
            }

            JdPayNotifyEndpointTest.postN2(context)
                    .andExpect(status().isOk())
                    .andExpect(content().string("success"));
            assertThat(payments.received).hasSize(1);
            assertThat(new JdbcTemplate(pool.getTargetDataSource())
                            .queryForObject("SELECT COUNT(*) FROM " + JdbcIdempotencyStore.TABLE, Integer.class))
                    .isOne();
        });
    }

    /** A pool that hands out connections until it is exhausted, then makes callers wait as a real pool does. */
    static final class ExhaustablePool extends DelegatingDataSource {

        private volatile CountDownLatch refilled = new CountDownLatch(0);

        private final AtomicInteger waiting = new AtomicInteger();

        ExhaustablePool(DataSource target) {
            super(target);
        }

        void exhaust() {
            this.refilled = new CountDownLatch(1);
        }

        void refill() {
            this.refilled.countDown();
        }

        /** How many calls waited for a connection while the pool was exhausted. */
        int waiting() {
            return this.waiting.get();
        }

        @Override
        public DataSource getTargetDataSource() {
            return Objects.requireNonNull(super.getTargetDataSource());
        }

        @Override
        public Connection getConnection() throws SQLException {
            CountDownLatch latch = this.refilled;
            if (latch.getCount() > 0) {
                this.waiting.incrementAndGet();
                try {
                    if (!latch.await(POOL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new SQLTransientConnectionException("connection is not available, request timed out");
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new SQLTransientConnectionException("interrupted", ex);
                }
            }
            return super.getConnection();
        }
    }
}
