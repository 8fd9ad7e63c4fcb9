package io.github.jdpay.notify.idempotency;

import io.github.jdpay.notify.idempotency.redis.RedisIdempotencyStore;
import io.github.jdpay.notify.idempotency.redis.RedisTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link RedisIdempotencyStore} on a real Redis server: the contract, each instance on a connection of its own (two
 * connection factories on one server are two instances of the application).
 *
 * <p>Redis keeps the time of leases and time to live itself, as key expiry, so the contract's clock cannot reach it:
 * {@link #advance(Duration)} moves the store's time by shortening the expiry of every key under the test's prefix by
 * that much, and deleting those it ends, which is what that much time would do in Redis.
 */
class RedisIdempotencyStoreTest extends IdempotencyStoreContract {

    private static final List<LettuceConnectionFactory> factories = new ArrayList<>();

    private static final String PREFIX = RedisTestServer.uniquePrefix();

    private final AtomicInteger instances = new AtomicInteger();

    private final List<LettuceConnectionFactory> factoriesToClose = new ArrayList<>();

    @BeforeAll
    static void connect() {
        String url = RedisTestServer.configuredUrl();
        if (url != null) {
            factories.add(RedisTestServer.connect(url));
            factories.add(RedisTestServer.connect(url));
        }
    }

    /**
     * Each test needs the server, so its absence is settled here: an assumption failing later, inside a lambda the
     * test expects to throw or on a pool thread, would be reported as the test's failure instead of a skip.
     */
    @BeforeEach
    void requireServer() {
        RedisTestServer.url();
    }

    @AfterAll
    static void deleteKeysAndDisconnect() {
        if (!factories.isEmpty()) {
            StringRedisTemplate redis = new StringRedisTemplate(factories.get(0));
            redis.delete(keys(redis));
        }
        factories.forEach(LettuceConnectionFactory::destroy);
        factories.clear();
    }

    @Override
    IdempotencyStore instance() {
        RedisTestServer.url();
        LettuceConnectionFactory factory = factories.get(this.instances.getAndIncrement() % factories.size());
        return new RedisIdempotencyStore(new StringRedisTemplate(factory), this.times, PREFIX, this.renewals);
    }

    @Override
    void advance(Duration duration) {
        super.advance(duration);
        StringRedisTemplate redis = new StringRedisTemplate(factories.get(0));
        for (String key : keys(redis)) {
            Long left = redis.getExpire(key, TimeUnit.MILLISECONDS);
            if (left != null && left > 0) {
                long remaining = left - duration.toMillis();
                if (remaining > 0) {
                    redis.expire(key, Duration.ofMillis(remaining));
                } else {
                    redis.delete(key);
                }
            }
        }
    }

    @Override
    IdempotencyStore failingInstance() {
        RedisTestServer.url();
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        LettuceConnectionFactory down = RedisTestServer.connect("redis://127.0.0.1:" + port);
        factoriesToClose.add(down);
        return new RedisIdempotencyStore(new StringRedisTemplate(down), this.times, PREFIX, this.renewals);
    }

    /** A dead instance renews nothing: Redis expires its claim once the lease has passed. */
    @Override
    void crash(IdempotencyStore holder) {
        advance(LEASE.plusSeconds(1));
    }

    @AfterEach
    void closeFailingConnections() {
        factoriesToClose.forEach(LettuceConnectionFactory::destroy);
        factoriesToClose.clear();
    }

    private static Set<String> keys(StringRedisTemplate redis) {
        Set<String> keys = new java.util.HashSet<>();
        try (var cursor = redis.scan(
                ScanOptions.scanOptions().match(PREFIX + "*").count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }
}
