package io.github.jdpay.autoconfigure;

import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.jdbc.JdPayKeyEncryptionKey;
import io.github.jdpay.merchant.jdbc.JdPayKeyResolver;
import io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The merchants from the {@code jdpay_merchant} table, with {@code jdpay.merchant-registry.type=jdbc}: a
 * {@link JdbcJdPayMerchantRegistry} on the application's one {@link DataSource}, read once at start-up (a table that
 * cannot be read fails start-up) and then every {@code jdpay.merchant-registry.jdbc.poll-interval}. It takes the place
 * of the properties' registry. Without spring-jdbc or a {@code DataSource}, start-up fails and says what is missing.
 */
@AutoConfiguration(
        before = {JdPayAutoConfiguration.class, JdPayNotifyAutoConfiguration.class},
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = JdPayMerchantJdbcConfiguration.TYPE_PROPERTY, havingValue = "jdbc")
@EnableConfigurationProperties(JdPayMerchantRegistryProperties.class)
public class JdPayMerchantJdbcConfiguration {

    static final String TYPE_PROPERTY = "jdpay.merchant-registry.type";

    private static final Log logger = LogFactory.getLog(JdPayMerchantJdbcConfiguration.class);

    /** The registry on the application's {@code DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
    static class JdbcRegistryConfiguration {

        @Bean
        @ConditionalOnMissingBean(JdPayMerchantRegistry.class)
        JdbcJdPayMerchantRegistry jdPayMerchantRegistry(
                JdPayMerchantRegistryProperties properties,
                ObjectProvider<DataSource> dataSource,
                ObjectProvider<JdPayKeyResolver> resolvers,
                ObjectProvider<JdPayKeyEncryptionKey> kek,
                ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider,
                ResourceLoader resourceLoader) {
            DataSource database = dataSource.getIfUnique();
            if (database == null) {
                throw new InvalidConfigurationPropertyValueException(
                        TYPE_PROPERTY,
                        "jdbc",
                        "needs one DataSource bean: add spring-boot-starter-jdbc and set spring.datasource.*");
            }
            JdPayMerchantRegistryProperties.Jdbc jdbc = properties.getJdbc();
            Duration interval = jdbc.getPollInterval();
            if (interval.isNegative() || interval.isZero()) {
                throw new InvalidConfigurationPropertyValueException(
                        "jdpay.merchant-registry.jdbc.poll-interval", interval, "must be positive");
            }
            if (jdbc.isInitializeSchema()) {
                initializeSchema(database);
            }
            JdbcJdPayMerchantRegistry.Builder builder = JdbcJdPayMerchantRegistry.builder(database)
                    .keyEncryptionKey(kek.getIfUnique())
                    .resourceLoader(resourceLoader)
                    .cryptoProvider(cryptoProvider.getIfAvailable())
                    .allowPlaintextKeys(jdbc.isAllowPlaintextKeys());
            resolvers.orderedStream().forEach(builder::resolver);
            JdbcJdPayMerchantRegistry registry = builder.build();
            // A table that cannot be read fails start-up: the application would have no merchants.
            registry.refresh();
            logger.info("JD Pay merchants from " + JdbcJdPayMerchantRegistry.TABLE + ": "
                    + registry.merchants().names() + ", refused "
                    + registry.rejected().keySet() + "; polled every "
                    + interval);
            registry.start(interval);
            return registry;
        }

        /** Runs the table's script, tolerating instances that run it at the same moment. */
        static void initializeSchema(DataSource database) {
            JdbcSchemas.initialize(
                    database, JdbcJdPayMerchantRegistry.SCHEMA, JdbcJdPayMerchantRegistry.TABLE, "merchant", logger);
        }
    }

    /** Asked for the JDBC registry without spring-jdbc: a start-up failure that says what to add. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.jdbc.core.JdbcTemplate")
    static class MissingJdbcConfiguration {

        @Bean
        @ConditionalOnMissingBean(JdPayMerchantRegistry.class)
        JdPayMerchantRegistry jdPayMerchantRegistry() {
            throw new InvalidConfigurationPropertyValueException(
                    TYPE_PROPERTY, "jdbc", "needs spring-jdbc on the class path: add spring-boot-starter-jdbc");
        }
    }
}
