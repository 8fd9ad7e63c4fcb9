package io.github.jdpay.autoconfigure;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The JDBC idempotency store, with {@code jdpay.notify.idempotency.store=jdbc}: on the application's one
 * {@link DataSource}, in transactions of the application's transaction manager of it, creating its table first when
 * {@code jdpay.notify.idempotency.jdbc.initialize-schema} is set.
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
                JdPayProperties properties,
                ObjectProvider<DataSource> dataSource,
                ObjectProvider<PlatformTransactionManager> transactionManagers,
                ObjectProvider<Clock> clock) {
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
                initializeSchema(database);
            }
            IdempotencyTimes times = JdPayNotifyAutoConfiguration.idempotencyTimes(idempotency, clock);
            return new JdbcIdempotencyStore(database, transactionManager(database, transactionManagers), times);
        }

        /** Runs the table's script, tolerating instances that run it at the same moment. */
        static void initializeSchema(DataSource database) {
            JdbcSchemas.initialize(
                    database, JdbcIdempotencyStore.SCHEMA, JdbcIdempotencyStore.TABLE, "notification", logger);
        }

        /**
         * The application's transaction manager of the store's {@code DataSource}, so that a handler's
         * {@code @Transactional} work joins the store's transaction: the one bean that manages it (a
         * {@code DataSourceTransactionManager}, or a JPA or Hibernate one whose {@code dataSource} it is), else one of
         * the store's own. A JPA application must not get one of the store's own: its {@code JpaTransactionManager}
         * refuses to begin inside a {@code DataSourceTransactionManager}'s transaction.
         */
        static PlatformTransactionManager transactionManager(
                DataSource dataSource, ObjectProvider<PlatformTransactionManager> managers) {
            List<PlatformTransactionManager> managing = managers.orderedStream()
                    .filter(manager -> manages(manager, dataSource))
                    .toList();
            if (managing.size() > 1) {
                throw new InvalidConfigurationPropertyValueException(
                        JdPayNotifyAutoConfiguration.STORE_PROPERTY,
                        "jdbc",
                        managing.size() + " transaction managers manage the DataSource; define the"
                                + " IdempotencyStore bean yourself with the one your handlers use");
            }
            return managing.isEmpty() ? new JdbcTransactionManager(dataSource) : managing.get(0);
        }

        private static boolean manages(PlatformTransactionManager manager, DataSource dataSource) {
            Object managed = null;
            if (manager instanceof DataSourceTransactionManager jdbc) {
                managed = jdbc.getDataSource();
            } else {
                BeanWrapper bean = new BeanWrapperImpl(manager);
                if (bean.isReadableProperty("dataSource")) {
                    managed = bean.getPropertyValue("dataSource");
                }
            }
            while (managed != dataSource && managed instanceof DelegatingDataSource delegating) {
                managed = delegating.getTargetDataSource();
            }
            return managed == dataSource;
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
