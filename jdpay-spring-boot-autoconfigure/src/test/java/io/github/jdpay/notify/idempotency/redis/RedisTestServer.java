package io.github.jdpay.notify.idempotency.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The real Redis server of the Redis store tests, whose URL comes from the environment variable or system property
 * {@value #URL_VARIABLE} ({@code .ci/redis.sh} starts a server and prints one; {@code .ci/run} always sets it). Each
 * test class works under a key prefix of its own, so that builds sharing the server do not meet.
 */
public final class RedisTestServer {

    public static final String URL_VARIABLE = "JDPAY_TEST_REDIS_URL";

    private RedisTestServer() {}

    public static @Nullable String configuredUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return (url == null || url.isBlank()) ? null : url;
    }

    /**
     * The server's URL; each test, rather than the class, is skipped without one, so that reports name the reason.
     * Under {@code CI=true} a missing server is a failure: CI must never pass without having run these tests.
     */
    public static String url() {
        String url = configuredUrl();
        if (url == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + URL_VARIABLE + " is not set: .ci/run starts Redis for these");
        }
        assumeTrue(
                url != null, "Redis tests skipped: " + URL_VARIABLE + " is not set (run .ci/redis.sh, or use .ci/run)");
        return url;
    }

    /** A started Lettuce connection factory on {@code url} with the store's 2 s command timeout; destroy it after. */
    public static LettuceConnectionFactory connect(String url) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(url),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofSeconds(2))
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    /** A key prefix no other test run uses. */
    public static String uniquePrefix() {
        return "jdpay-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }
}
