package io.github.jdpay.notify.idempotency.redis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two connections to the test Redis server ({@link RedisTestServer}) for one test class, standing for two instances of
 * the application: opened before its tests, closed after them, when every key matching the class's patterns is
 * deleted. Each test needs the server, so its absence is settled before each one: an assumption failing later, inside
 * a lambda the test expects to throw or on a pool thread, would be reported as a failure instead of a skip.
 */
public final class RedisInstances implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final List<String> patterns;

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();

    /** @param patterns the keys the class writes, as {@code SCAN MATCH} patterns, deleted after its tests */
    public RedisInstances(String... patterns) {
        this.patterns = List.of(patterns);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String url = RedisTestServer.configuredUrl();
        if (url != null) {
            this.factories.add(RedisTestServer.connect(url));
            this.factories.add(RedisTestServer.connect(url));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RedisTestServer.url();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!this.factories.isEmpty()) {
            for (String pattern : this.patterns) {
                template(0).delete(keys(pattern));
            }
        }
        this.factories.forEach(LettuceConnectionFactory::destroy);
        this.factories.clear();
    }

    /** The connection of instance {@code index}, counted round the two. */
    public LettuceConnectionFactory factory(int index) {
        return this.factories.get(index % this.factories.size());
    }

    public StringRedisTemplate template(int index) {
        return new StringRedisTemplate(factory(index));
    }

    /** The keys matching {@code pattern} now. */
    public Set<String> keys(String pattern) {
        Set<String> keys = new HashSet<>();
        try (var cursor = template(0)
                .scan(ScanOptions.scanOptions().match(pattern).count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }
}
