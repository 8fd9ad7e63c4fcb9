package io.github.jdpay.autoconfigure;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The JDBC idempotency store, with {@code jdpay.notify.idempotency.store=jdbc}: on the application's one
 * {@link DataSource}, creating its table first when {@code jdpay.notify.idempotency.jdbc.initialize-schema} is set.
 * Without spring-jdbc or a {@code DataSource}, start-up fails and says what is missing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = JdPayNotifyAutoConfiguration.STORE_PROPERTY, havingValue = "jdbc")
class JdPayNotifyJdbcConfiguration {

    private static final Log logger = LogFactory.getLog(JdPayNotifyJdbcConfiguration.class);

    /** The store on the application's {@code DataSource}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
    static class JdbcStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        JdbcIdempotencyStore jdPayIdempotencyStore(
                JdPayProperties properties, ObjectProvider<DataSource> dataSource, ObjectProvider<Clock> clock) {
            DataSource database = dataSource.getIfUnique();
            if (database == null) {
                throw new InvalidConfigurationPropertyValueException(
                        JdPayNotifyAutoConfiguration.STORE_PROPERTY,
                        "jdbc",
                        "needs one DataSource bean: add spring-boot-starter-jdbc and set spring.datasource.*");
            }
            JdPayNotifyProperties.Idempotency idempotency =
                    properties.getNotify().getIdempotency();
            if (idempotency.getJdbc().isInitializeSchema()) {
                new ResourceDatabasePopulator(new ClassPathResource(JdbcIdempotencyStore.SCHEMA)).execute(database);
                logger.info("JD Pay notification table " + JdbcIdempotencyStore.TABLE + " is ready");
            }
            return new JdbcIdempotencyStore(
                    new JdbcTemplate(database), JdPayNotifyAutoConfiguration.idempotencyTimes(idempotency, clock));
        }
    }

    /** Asked for the JDBC store without spring-jdbc: a start-up failure that says what to add. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.jdbc.core.JdbcTemplate")
    static class MissingJdbcConfiguration {

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        IdempotencyStore jdPayIdempotencyStore() {
            throw new InvalidConfigurationPropertyValueException(
                    JdPayNotifyAutoConfiguration.STORE_PROPERTY,
                    "jdbc",
                    "needs spring-jdbc on the class path: add spring-boot-starter-jdbc");
        }
    }
}
