package io.github.jdpay.notify.idempotency;

import io.github.jdpay.notify.idempotency.redis.RedisIdempotencyStore;
import io.github.jdpay.notify.idempotency.redis.RedisInstances;
import io.github.jdpay.notify.idempotency.redis.RedisTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
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

    private static final String PREFIX = RedisTestServer.uniquePrefix();

    @RegisterExtension
    static final RedisInstances redis = new RedisInstances(PREFIX + "*");

    private final AtomicInteger instances = new AtomicInteger();

    private final List<LettuceConnectionFactory> factoriesToClose = new ArrayList<>();

    @Override
    IdempotencyStore instance() {
        RedisTestServer.url();
        LettuceConnectionFactory factory = redis.factory(this.instances.getAndIncrement());
        return new RedisIdempotencyStore(new StringRedisTemplate(factory), this.times, PREFIX, this.renewals);
    }

    @Override
    void advance(Duration duration) {
        super.advance(duration);
        StringRedisTemplate template = redis.template(0);
        for (String key : redis.keys(PREFIX + "*")) {
            Long left = template.getExpire(key, TimeUnit.MILLISECONDS);
            if (left != null && left > 0) {
                long remaining = left - duration.toMillis();
                if (remaining > 0) {
                    template.expire(key, Duration.ofMillis(remaining));
                } else {
                    template.delete(key);
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
}
