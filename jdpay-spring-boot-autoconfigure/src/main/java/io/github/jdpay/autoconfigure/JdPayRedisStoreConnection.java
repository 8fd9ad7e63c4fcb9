package io.github.jdpay.autoconfigure;

import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The connection factory of the Redis idempotency store: the application's own when its command timeout is short
 * enough, else one of the store's to the same Redis, with the same client settings and resources but the store's
 * timeout (Boot's default is a minute, far longer than JD waits). Not a {@link RedisConnectionFactory} bean itself, so
 * that the application's stays the only one; the store's own is closed with the context.
 */
final class JdPayRedisStoreConnection implements DisposableBean {

    private static final Log logger = LogFactory.getLog(JdPayRedisStoreConnection.class);

    private final RedisConnectionFactory factory;

    private final @Nullable LettuceConnectionFactory own;

    private JdPayRedisStoreConnection(RedisConnectionFactory factory, @Nullable LettuceConnectionFactory own) {
        this.factory = factory;
        this.own = own;
    }

    static JdPayRedisStoreConnection of(RedisConnectionFactory application, Duration timeout) {
        if (!(application instanceof LettuceConnectionFactory lettuce)) {
            logger.warn("The JD Pay Redis idempotency store runs on a "
                    + application.getClass().getName()
                    + ", not Lettuce: its operations wait as long as that factory's timeout");
            return new JdPayRedisStoreConnection(application, null);
        }
        if (lettuce.getTimeout() <= timeout.toMillis()) {
            return new JdPayRedisStoreConnection(application, null);
        }
        LettuceConnectionFactory own = new LettuceConnectionFactory(configuration(lettuce), client(lettuce, timeout));
        own.afterPropertiesSet();
        own.start();
        return new JdPayRedisStoreConnection(own, own);
    }

    RedisConnectionFactory factory() {
        return this.factory;
    }

    @Override
    public void destroy() {
        if (this.own != null) {
            this.own.destroy();
        }
    }

    private static RedisConfiguration configuration(LettuceConnectionFactory lettuce) {
        if (lettuce.getClusterConfiguration() != null) {
            return lettuce.getClusterConfiguration();
        }
        if (lettuce.getSentinelConfiguration() != null) {
            return lettuce.getSentinelConfiguration();
        }
        if (lettuce.getSocketConfiguration() != null) {
            return lettuce.getSocketConfiguration();
        }
        return lettuce.getStandaloneConfiguration();
    }

    /** The application's client settings with the store's command timeout; its client resources are shared. */
    private static LettuceClientConfiguration client(LettuceConnectionFactory lettuce, Duration timeout) {
        LettuceClientConfiguration application = lettuce.getClientConfiguration();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder builder = LettuceClientConfiguration.builder()
                .commandTimeout(timeout)
                .shutdownTimeout(application.getShutdownTimeout())
                .shutdownQuietPeriod(application.getShutdownQuietPeriod());
        if (application.isUseSsl()) {
            LettuceClientConfiguration.LettuceSslClientConfigurationBuilder ssl =
                    builder.useSsl().verifyPeer(application.getVerifyMode());
            if (application.isStartTls()) {
                ssl.startTls();
            }
        }
        ClientResources resources = lettuce.getClientResources();
        if (resources != null) {
            builder.clientResources(resources);
        }
        application.getClientOptions().ifPresent(builder::clientOptions);
        application.getClientName().ifPresent(builder::clientName);
        application.getReadFrom().ifPresent(builder::readFrom);
        application.getRedisCredentialsProviderFactory().ifPresent(builder::redisCredentialsProviderFactory);
        return builder.build();
    }
}
