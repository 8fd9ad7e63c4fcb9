package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.statement.JdPayStatementClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The statement client from jdpay.statement.*: on with a bill key, the owner derived, bad values named. */
class JdPayStatementAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayStatementAutoConfiguration.class));

    @Test
    void withoutABillKeyThereIsNoClient() {
        this.runner
                .withPropertyValues("jdpay.merchant-no=110210007001")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayStatementClient.class));
    }

    @Test
    void aBillKeyAndA12DigitMerchantNumberMakeAClientWithTheOwnerDerived() {
        this.runner
                .withPropertyValues("jdpay.merchant-no=110210007001", "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdPayStatementClient.class);
                    assertThat(context.getBean(JdPayStatementClient.class).toString())
                            .contains("owner=110210007", "merchantNo=110210007001")
                            .doesNotContain("bill-secret-123");
                    assertThat(context.getBean(JdPayStatementProperties.class).toString())
                            .doesNotContain("bill-secret-123");
                });
    }

    @Test
    void aShortMerchantNumberNeedsAnOwnerAndStartUpSaysSo() {
        this.runner
                .withPropertyValues("jdpay.statement.merchant-no=22294531", "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("jdpay.statement.owner")
                        .satisfies(failure -> assertThat(failure.toString()).doesNotContain("bill-secret-123")));
    }

    @Test
    void anOwnerThatIsNotDigitsIsNamed() {
        this.runner
                .withPropertyValues(
                        "jdpay.statement.merchant-no=22294531",
                        "jdpay.statement.owner=abc",
                        "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("jdpay.statement.owner")
                        .hasStackTraceContaining("abc"));
    }
}
