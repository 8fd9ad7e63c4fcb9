package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyStore.Outcome;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.notify.idempotency.redis.RedisIdempotencyStore;
import io.github.jdpay.notify.idempotency.redis.RedisTestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** {@code jdpay.notify.idempotency.store=redis}: the store on Boot's Redis connection, its timeout, its failures. */
class JdPayNotifyRedisConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    JdPayAutoConfiguration.class,
                    JdPayNotifyAutoConfiguration.class,
                    BootClasses.redisAutoConfiguration()))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues("jdpay.notify.idempotency.store=redis");

    private final ApplicationContextRunner withoutBootsRedis = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class, JdPayNotifyAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues("jdpay.notify.idempotency.store=redis");

    @Test
    void theStoreRunsOnBootsRedisConnectionUnderTheConfiguredPrefix() {
        String url = RedisTestServer.url();
        String prefix = RedisTestServer.uniquePrefix();
        this.runner
                .withPropertyValues(
                        "spring.data.redis.url=" + url, "jdpay.notify.idempotency.redis.key-prefix=" + prefix)
                .run(context -> {
                    IdempotencyStore store = context.getBean(IdempotencyStore.class);
                    assertThat(store).isInstanceOf(RedisIdempotencyStore.class);
                    assertThat(JdPayActuatorAutoConfiguration.storeKind(store)).isEqualTo("redis");

                    assertThat(store.runOnce("22294531:0:2:AUTO", () -> {})).isEqualTo(Outcome.HANDLED);

                    StringRedisTemplate redis = new StringRedisTemplate(context.getBean(RedisConnectionFactory.class));
                    assertThat(redis.<String, String>opsForHash().get(prefix + "22294531:0:2:AUTO", "state"))
                            .isEqualTo("DONE");
                    redis.delete(List.of(prefix + "22294531:0:2:AUTO", prefix + RedisIdempotencyStore.COUNTER));
                });
    }

    @Test
    void bootsMinuteLongCommandTimeoutGetsTheStoreAConnectionOfItsOwnClosedWithTheContext() {
        AtomicReference<LettuceConnectionFactory> own = new AtomicReference<>();
        this.runner.run(context -> {
            LettuceConnectionFactory application = context.getBean(LettuceConnectionFactory.class);
            RedisConnectionFactory store =
                    context.getBean(JdPayRedisStoreConnection.class).factory();

            assertThat(store).isNotSameAs(application).isInstanceOf(LettuceConnectionFactory.class);
            assertThat(((LettuceConnectionFactory) store).getTimeout()).isEqualTo(2000);
            assertThat(application.getTimeout()).isEqualTo(Duration.ofMinutes(1).toMillis());
            assertThat(context).getBeans(RedisConnectionFactory.class).hasSize(1);
            own.set((LettuceConnectionFactory) store);
            assertThat(own.get().isRunning()).isTrue();
        });
        assertThat(own.get().isRunning()).isFalse();
    }

    @Test
    void aShortEnoughCommandTimeoutKeepsTheApplicationsConnection() {
        this.runner.withPropertyValues("spring.data.redis.timeout=1s").run(context -> assertThat(
                        context.getBean(JdPayRedisStoreConnection.class).factory())
                .isSameAs(context.getBean(RedisConnectionFactory.class)));
    }

    @Test
    void aSilentRedisFailsTheStoreTypedAfterTwoSecondsNotBootsMinute() throws IOException {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException ex) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            this.runner
                    .withPropertyValues(
                            "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + silent.getLocalPort())
                    .run(context -> {
                        IdempotencyStore store = context.getBean(IdempotencyStore.class);
                        long started = System.nanoTime();
                        assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                                .isThrownBy(() -> store.runOnce("22294531:0:2:SILENT", () -> {
                                    throw new AssertionError("ran without the store");
                                }));
                        assertThat(Duration.ofNanos(System.nanoTime() - started))
                                .isLessThan(Duration.ofSeconds(20));
                    });
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aTimeoutAboveTwoSecondsStopsStartUp() {
        this.runner.withPropertyValues("jdpay.notify.idempotency.timeout=5s").run(context -> assertThat(
                        JdPayNotifyAutoConfigurationTest.failure(context))
                .contains("jdpay.notify.idempotency.timeout"));
    }

    @Test
    void anEmptyPrefixStopsStartUp() {
        this.runner
                .withPropertyValues("jdpay.notify.idempotency.redis.key-prefix=")
                .run(context -> assertThat(JdPayNotifyAutoConfigurationTest.failure(context))
                        .contains("jdpay.notify.idempotency.redis.key-prefix"));
    }

    @Test
    void withoutAConnectionFactoryStartUpStopsAndSaysWhy() {
        this.withoutBootsRedis.run(context -> assertThat(JdPayNotifyAutoConfigurationTest.failure(context))
                .contains("jdpay.notify.idempotency.store")
                .contains("needs one RedisConnectionFactory bean"));
    }

    @Test
    void withoutSpringDataRedisOrLettuceStartUpStopsAndSaysWhatToAdd() {
        for (FilteredClassLoader classLoader : List.of(
                new FilteredClassLoader(StringRedisTemplate.class), new FilteredClassLoader("io.lettuce.core"))) {
            this.withoutBootsRedis.withClassLoader(classLoader).run(context -> assertThat(
                            JdPayNotifyAutoConfigurationTest.failure(context))
                    .contains("needs Spring Data Redis on Lettuce on the class path"));
        }
    }

    @Test
    void theApplicationsOwnStoreWins() {
        IdempotencyStore own = Mockito.mock(IdempotencyStore.class);
        this.runner.withBean(IdempotencyStore.class, () -> own).run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(RedisIdempotencyStore.class)
                .doesNotHaveBean(JdPayRedisStoreConnection.class)
                .getBean(IdempotencyStore.class)
                .isSameAs(own));
    }

    @Test
    void withoutThePropertyRedisOnTheClassPathChangesNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        JdPayAutoConfiguration.class,
                        JdPayNotifyAutoConfiguration.class,
                        BootClasses.redisAutoConfiguration()))
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .run(context -> assertThat(context)
                        .hasSingleBean(InMemoryIdempotencyStore.class)
                        .doesNotHaveBean(RedisIdempotencyStore.class)
                        .doesNotHaveBean(JdPayRedisStoreConnection.class));
    }
}
