package io.github.jdpay.notify.idempotency.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import io.github.jdpay.notify.idempotency.LeasedIdempotencyStore.Lease;
import io.github.jdpay.notify.idempotency.LeasedIdempotencyStore.Lease.State;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The fenced primitives of {@link RedisIdempotencyStore} on a real Redis server ({@link RedisTestServer}): leases that
 * Redis itself expires, tokens that fence a holder whose lease is gone, the done key's time to live, the key layout.
 * Expiry is waited for as a condition (the key gone), with a generous bound, never slept for; the leases that expire
 * are seconds long, so that none runs out before the statement that expects it held.
 */
class RedisIdempotencyStoreLeaseTest {

    /**
     * A lease Redis really expires during the test: seconds, so that it still holds on a loaded machine between the
     * claim and the next statement; its expiry is waited for.
     */
    private static final Duration SHORT = Duration.ofSeconds(4);

    private static final Duration LONG = Duration.ofMinutes(10);

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final String PREFIX = RedisTestServer.uniquePrefix();

    @RegisterExtension
    static final RedisInstances redis = new RedisInstances(PREFIX + "*", "jdpay-test-other:*");

    /** A store standing for one instance of the application: {@code index} picks its connection. */
    private static RedisIdempotencyStore store(int index) {
        return store(index, PREFIX);
    }

    private static RedisIdempotencyStore store(int index, String prefix) {
        RedisTestServer.url();
        return new RedisIdempotencyStore(redis.template(index), IdempotencyTimes.defaults(), prefix);
    }

    private static StringRedisTemplate redis() {
        RedisTestServer.url();
        return redis.template(0);
    }

    private static void awaitGone(String key) {
        await("Redis expires " + key)
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !Boolean.TRUE.equals(redis().hasKey(PREFIX + key)));
    }

    @Test
    void sixteenConcurrentClaimsFromTwoInstancesGiveExactlyOneNewLease() throws Exception {
        List<Lease> leases = race(16, i -> store(i).claim("22294531:0:2:RACE", LONG));

        assertThat(leases).filteredOn(lease -> lease.state() == State.NEW).hasSize(1);
        assertThat(leases)
                .filteredOn(lease -> lease.state() == State.IN_PROGRESS)
                .hasSize(15);
        assertThat(leases)
                .filteredOn(lease -> lease.state() == State.IN_PROGRESS)
                .allSatisfy(lease -> assertThat(lease.token()).isZero());
    }

    @Test
    void aLeaseThatRedisExpiredIsTakenOverUnderALargerToken() {
        Lease first = store(0).claim("22294531:0:2:EXPIRE", SHORT);
        assertThat(store(1).claim("22294531:0:2:EXPIRE", LONG).state()).isEqualTo(State.IN_PROGRESS);

        awaitGone("22294531:0:2:EXPIRE");
        Lease second = store(1).claim("22294531:0:2:EXPIRE", LONG);

        assertThat(first.state()).isEqualTo(State.NEW);
        assertThat(second.state()).isEqualTo(State.NEW);
        assertThat(second.token()).isGreaterThan(first.token());
    }

    @Test
    void aStaleTokenCanNeitherRenewNorCompleteNorRelease() {
        Lease stale = store(0).claim("22294531:0:2:FENCE", SHORT);
        awaitGone("22294531:0:2:FENCE");
        Lease current = store(1).claim("22294531:0:2:FENCE", LONG);

        assertThat(store(0).renew("22294531:0:2:FENCE", stale.token(), LONG)).isFalse();
        assertThat(store(0).complete("22294531:0:2:FENCE", stale.token(), LONG)).isFalse();
        store(0).release("22294531:0:2:FENCE", stale.token());

        assertThat(redis().<String, String>opsForHash().entries(PREFIX + "22294531:0:2:FENCE"))
                .containsEntry("state", "IN_PROGRESS")
                .containsEntry("token", Long.toString(current.token()));
        assertThat(store(1).complete("22294531:0:2:FENCE", current.token(), LONG))
                .isTrue();
    }

    @Test
    void aTokenFromBeforeAReleaseCannotCompleteTheNextClaim() {
        Lease first = store(0).claim("22294531:0:2:AGAIN", LONG);
        store(0).release("22294531:0:2:AGAIN", first.token());
        Lease second = store(1).claim("22294531:0:2:AGAIN", LONG);

        assertThat(store(0).complete("22294531:0:2:AGAIN", first.token(), LONG)).isFalse();
        assertThat(second.state()).isEqualTo(State.NEW);
        assertThat(store(1).claim("22294531:0:2:AGAIN", LONG).state()).isEqualTo(State.IN_PROGRESS);
    }

    @Test
    void renewingExtendsTheLeaseInRedisAndKeepsTwinsOut() {
        Lease lease = store(0).claim("22294531:0:2:RENEW", Duration.ofSeconds(30));

        assertThat(store(0).renew("22294531:0:2:RENEW", lease.token(), Duration.ofHours(1)))
                .isTrue();

        assertThat(redis().getExpire(PREFIX + "22294531:0:2:RENEW", TimeUnit.SECONDS))
                .isBetween(
                        Duration.ofMinutes(59).toSeconds(), Duration.ofHours(1).toSeconds());
        assertThat(store(1).claim("22294531:0:2:RENEW", LONG).state()).isEqualTo(State.IN_PROGRESS);
    }

    @Test
    void aDoneKeyLivesForItsTimeToLiveThenANewClaimIsNew() {
        Lease lease = store(0).claim("22294531:0:2:DONE", Duration.ofSeconds(30));
        assertThat(store(0).complete("22294531:0:2:DONE", lease.token(), Duration.ofHours(3)))
                .isTrue();
        assertThat(redis().getExpire(PREFIX + "22294531:0:2:DONE", TimeUnit.SECONDS))
                .isBetween(
                        Duration.ofHours(3).minusMinutes(1).toSeconds(),
                        Duration.ofHours(3).toSeconds());
        assertThat(store(1).claim("22294531:0:2:DONE", LONG).state()).isEqualTo(State.DONE);
        assertThat(store(1).renew("22294531:0:2:DONE", lease.token(), LONG)).isFalse();
        store(1).release("22294531:0:2:DONE", lease.token());
        assertThat(store(1).claim("22294531:0:2:DONE", LONG).state()).isEqualTo(State.DONE);

        Lease brief = store(0).claim("22294531:0:2:BRIEF", LONG);
        assertThat(store(0).complete("22294531:0:2:BRIEF", brief.token(), SHORT))
                .isTrue();
        assertThat(store(1).claim("22294531:0:2:BRIEF", LONG).state()).isEqualTo(State.DONE);
        awaitGone("22294531:0:2:BRIEF");
        assertThat(store(1).claim("22294531:0:2:BRIEF", LONG).state()).isEqualTo(State.NEW);
    }

    @Test
    void completingTwiceWithTheSameTokenIsStillTrue() {
        Lease lease = store(0).claim("22294531:0:2:TWICE", LONG);

        assertThat(store(0).complete("22294531:0:2:TWICE", lease.token(), Duration.ofHours(3)))
                .isTrue();
        assertThat(store(0).complete("22294531:0:2:TWICE", lease.token(), Duration.ofHours(3)))
                .isTrue();
        assertThat(store(0).complete("22294531:0:2:TWICE", lease.token() + 1, Duration.ofHours(3)))
                .isFalse();
    }

    @Test
    void keysAreThePrefixAndTheKeyInUtf8AndPrefixesKeepStoresApart() {
        String key = "22294531:0:2:订单-ü {tag}";
        Lease lease = store(0).claim(key, LONG);

        byte[] raw = (PREFIX + key).getBytes(StandardCharsets.UTF_8);
        try (RedisConnection connection = redis.factory(0).getConnection()) {
            Map<byte[], byte[]> hash = connection.hashCommands().hGetAll(raw);
            assertThat(hash).hasSize(2);
        }
        assertThat(redis().opsForValue().get(PREFIX + RedisIdempotencyStore.COUNTER))
                .isEqualTo(Long.toString(lease.token()));
        assertThat(store(1, "jdpay-test-other:").claim(key, LONG).state()).isEqualTo(State.NEW);
        assertThat(store(1).claim(key, LONG).state()).isEqualTo(State.IN_PROGRESS);
    }

    @Test
    void theCounterIsNoNotificationKeyAndAnEmptyPrefixIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> store(0).claim(RedisIdempotencyStore.COUNTER, LONG));
        assertThatIllegalArgumentException().isThrownBy(() -> store(0).claim("", LONG));
        assertThatIllegalArgumentException().isThrownBy(() -> store(0, ""));
    }

    private static List<Lease> race(int threads, LeaseCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Lease>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Lease> task = () -> {
                    start.await();
                    return call.claim(index);
                };
                futures.add(pool.submit(task));
            }
            List<Lease> leases = new ArrayList<>();
            for (Future<Lease> future : futures) {
                leases.add(future.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
            return leases;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's claim. */
    interface LeaseCall {

        Lease claim(int thread);
    }
}
