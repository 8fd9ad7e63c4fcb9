package io.github.jdpay.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link JdPayConnectionDetails} from properties, unless another bean (such as the simulator's) provides them;
 * imported by the JD Pay 2.0 and the aggregate-pay auto-configurations, which both need the endpoints.
 */
@Configuration(proxyBeanMethods = false)
class JdPayConnectionDetailsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JdPayConnectionDetails jdPayConnectionDetails(JdPayProperties properties) {
        return new PropertiesJdPayConnectionDetails(properties);
    }
}
