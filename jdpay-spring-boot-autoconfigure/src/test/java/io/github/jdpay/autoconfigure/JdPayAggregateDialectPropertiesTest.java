package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.protocol.aggregate.AggregateDialect;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The dialect properties: their defaults, the product page's example chosen by name, and a value that is neither. */
class JdPayAggregateDialectPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class))
            .withPropertyValues(JdPayAggregateAutoConfigurationTest.AGGREGATE_PROPERTIES);

    private static AggregateDialect dialect(org.springframework.context.ApplicationContext context) {
        return context.getBean(JdPayProperties.class).getAggregate().dialect();
    }

    @Test
    void theDefaultsAreTheTablesNamesAsJsonBase64ForPayxAndHexForApipayx() {
        this.runner.run(context -> assertThat(dialect(context)).isEqualTo(AggregateDialect.DEFAULT));
    }

    @Test
    void theProductPageExampleIsChosenByName() throws IOException {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dialect/product-page-example.properties")) {
            file.load(in);
        }
        String[] pairs = file.stringPropertyNames().stream()
                .map(name -> name + "=" + file.getProperty(name))
                .toArray(String[]::new);

        this.runner.withPropertyValues(pairs).run(context -> assertThat(dialect(context))
                .isEqualTo(AggregateDialect.PRODUCT_PAGE_EXAMPLE));
    }

    @Test
    void aTransportThatIsNeitherFailsStartUpNamingTheProperty() {
        this.runner.withPropertyValues("jdpay.aggregate.scan-url.transport=get").run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .hasStackTraceContaining("jdpay.aggregate.scan-url.transport"));
    }
}
