package io.github.jdpay.test.autoconfigure;

import io.github.jdpay.autoconfigure.JdPayAggregateAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayConnectionDetails;
import io.github.jdpay.autoconfigure.JdPayProperties;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.JdPaySimulatorBuilder;
import io.github.jdpay.test.ManualTime;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded {@link JdPaySimulator} for the configured merchants and points the JD Pay clients at it, when
 * {@code jdpay.simulator.enabled=true}. Off by default: nothing here runs unless asked for.
 *
 * <p>The simulator registers each JD Pay 2.0 merchant with its DES key and the public half of its private key, and the
 * aggregate merchant ({@code jdpay.aggregate.*}) with its DES and MD5 keys; the client trusts the simulator's own "JD"
 * key through {@link JdPayConnectionDetails}, so no JD key needs to be configured. An aggregate-only application gets
 * a simulator too. A {@link ManualTime} bean, if there is one, runs the simulator's notification schedule.
 */
@AutoConfiguration(before = {JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("jdpay.simulator.enabled")
@Conditional(JdPaySimulatorAutoConfiguration.AnyMerchant.class)
@EnableConfigurationProperties({JdPayProperties.class, JdPaySimulatorProperties.class})
public class JdPaySimulatorAutoConfiguration {

    private static final Log logger = LogFactory.getLog(JdPaySimulatorAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    JdPaySimulator jdPaySimulator(JdPayProperties properties, ObjectProvider<ManualTime> manualTime) {
        JdPaySimulatorBuilder builder = JdPaySimulator.builder();
        manualTime.ifUnique(builder::manualTime);
        if (properties.getMerchantNo() != null) {
            SimulatedMerchants.register(builder, "jdpay.", properties);
            properties
                    .getMerchants()
                    .forEach((name, merchant) ->
                            SimulatedMerchants.register(builder, "jdpay.merchants." + name + ".", merchant));
        }
        if (properties.getAggregate().getMerchantNo() != null) {
            SimulatedMerchants.registerAggregate(builder, properties.getAggregate());
        }
        return builder.start();
    }

    @Bean
    @ConditionalOnMissingBean
    JdPayConnectionDetails jdPaySimulatorConnectionDetails(JdPaySimulator simulator) {
        logger.info("JD Pay client points at the embedded simulator at " + simulator.baseUrl()
                + ", not at JD: no payment is real");
        return new JdPaySimulatorConnectionDetails(simulator);
    }

    /** A JD Pay 2.0 merchant or an aggregate merchant is configured. */
    static final class AnyMerchant extends AnyNestedCondition {

        AnyMerchant() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "jdpay", name = "merchant-no")
        static final class JdPay20Merchant {}

        @ConditionalOnProperty(prefix = "jdpay.aggregate", name = "merchant-no")
        static final class AggregateMerchant {}
    }
}
