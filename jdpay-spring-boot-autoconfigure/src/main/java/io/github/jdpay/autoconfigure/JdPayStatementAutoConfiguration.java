package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.statement.JdPayStatementClient;
import io.github.jdpay.client.statement.JdPayStatementClientBuilder;
import io.github.jdpay.exception.JdPayValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the {@link JdPayStatementClient} when {@code jdpay.statement.bill-key} is set; its HTTP
 * client comes from Boot's {@code RestClient.Builder} when there is one.
 */
@AutoConfiguration(after = JdPayAutoConfiguration.class)
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@ConditionalOnProperty(prefix = "jdpay.statement", name = "bill-key")
@EnableConfigurationProperties({JdPayProperties.class, JdPayStatementProperties.class})
public class JdPayStatementAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JdPayStatementClient jdPayStatementClient(
            JdPayProperties jdPay,
            JdPayStatementProperties statement,
            ObjectProvider<RestClient.Builder> restClientBuilder) {
        String merchantNo = (statement.getMerchantNo() != null) ? statement.getMerchantNo() : jdPay.getMerchantNo();
        String property = (statement.getMerchantNo() != null) ? "jdpay.statement.merchant-no" : "jdpay.merchant-no";
        JdPayStatementClientBuilder builder = JdPayStatementClient.builder();
        try {
            builder.merchantNo(String.valueOf(merchantNo));
            property = "jdpay.statement.owner";
            if (statement.getOwner() != null) {
                builder.owner(statement.getOwner());
            }
            property = "jdpay.statement.path";
            builder.path(statement.getPath()).url(statement.getUrl());
            property = "jdpay.statement.bill-key";
            builder.billKey(String.valueOf(statement.getBillKey()));
            RestClient.Builder http = restClientBuilder.getIfAvailable();
            if (http != null) {
                builder.restClient(http.build());
            }
            property = "jdpay.statement.owner";
            return builder.build();
        } catch (JdPayValidationException ex) {
            // Never echo the bill key itself into the failure.
            Object shown = property.endsWith("bill-key") ? "******" : valueOf(property, jdPay, statement);
            throw new InvalidConfigurationPropertyValueException(property, shown, ex.getMessage());
        }
    }

    private static Object valueOf(String property, JdPayProperties jdPay, JdPayStatementProperties statement) {
        Object value =
                switch (property) {
                    case "jdpay.merchant-no" -> jdPay.getMerchantNo();
                    case "jdpay.statement.merchant-no" -> statement.getMerchantNo();
                    case "jdpay.statement.owner" -> statement.getOwner();
                    default -> statement.getPath();
                };
        return (value != null) ? value : "(not set)";
    }
}
