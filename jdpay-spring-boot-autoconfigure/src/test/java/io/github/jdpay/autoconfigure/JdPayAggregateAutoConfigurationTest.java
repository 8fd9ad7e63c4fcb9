package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.notify.aggregate.AggregateNotificationSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@link JdPayAggregateAutoConfiguration}: on its own, beside the JD Pay 2.0 client, backed off, and misconfigured. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayAggregateAutoConfigurationTest {

    static final String[] AGGREGATE_PROPERTIES = {
        "jdpay.aggregate.merchant-no=110047782",
        "jdpay.aggregate.system-id=jw",
        "jdpay.aggregate.des-key=" + AggregateVectors.KEY_2_2,
        "jdpay.aggregate.md5-key=" + AggregateVectors.MD5_KEY_2_2,
        "jdpay.aggregate.notify-url=https://shop.example.com/jdpay/aggregate/notify"
    };

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class));

    @Test
    void anAggregateOnlyApplicationNeedsNoJdPay20Merchant(CapturedOutput output) {
        this.runner.withPropertyValues(AGGREGATE_PROPERTIES).run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(JdPayAggregateTemplate.class)
                    .hasSingleBean(AggregateCipher.class)
                    .hasSingleBean(AggregateSigner.class)
                    .hasSingleBean(JdPayConnectionDetails.class)
                    .doesNotHaveBean(JdPayOperations.class);
            assertThat(context.getBean(JdPayAggregateTemplate.class).merchantNo())
                    .isEqualTo("110047782");
        });
        assertThat(output)
                .contains("JD Pay aggregate client ready for 110047782 (systemId jw) at https://payx.jd.com and"
                        + " https://apipayx.jd.com")
                .doesNotContain(AggregateVectors.KEY_2_2, AggregateVectors.MD5_KEY_2_2);
    }

    @Test
    void aggregateNotificationsHaveARouteOfTheirOwn() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .run(context -> {
                    JdPayNotificationRoute route =
                            context.getBean("jdPayAggregateNotificationRoute", JdPayNotificationRoute.class);
                    assertThat(route.path()).isEqualTo("/jdpay/aggregate/notify");
                    assertThat(route.source()).isInstanceOf(AggregateNotificationSource.class);
                    assertThat(route.source().notificationTypes()).containsExactly(AggregateNotification.class);
                });
        this.runner
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues("jdpay.aggregate.notify-path=/pay/jd-aggregate")
                .run(context -> assertThat(
                                context.getBean(JdPayNotificationRoute.class).path())
                        .isEqualTo("/pay/jd-aggregate"));
    }

    @Test
    void theJdPayTemplateReachesTheSameAggregateBean() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .run(context -> {
                    JdPayTemplate jdPay = context.getBean(JdPayTemplate.class);
                    assertThat(jdPay.aggregate()).isSameAs(context.getBean(JdPayAggregateOperations.class));
                    assertThat(jdPay.forMerchant("default").aggregate()).isSameAs(jdPay.aggregate());
                });
    }

    @Test
    void withoutAnAggregateMerchantItsOperationsAreRefusedByName() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(JdPayAggregateOperations.class);
                    assertThatThrownBy(
                                    () -> context.getBean(JdPayTemplate.class).aggregate())
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("jdpay.aggregate.merchant-no");
                });
    }

    @Test
    void userBeansWin() {
        JdPayAggregateOperations mine = Mockito.mock(JdPayAggregateOperations.class);
        AggregateSigner hsm = new Md5AggregateSigner("held elsewhere");
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues("jdpay.aggregate.md5-key=")
                .withBean(JdPayAggregateOperations.class, () -> mine)
                .withBean(AggregateSigner.class, () -> hsm)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(JdPayAggregateTemplate.class);
                    assertThat(context.getBean(AggregateSigner.class)).isSameAs(hsm);
                    assertThat(context.getBean(JdPayTemplate.class).aggregate()).isSameAs(mine);
                });
    }

    @Test
    void theAggregateHostsComeFromTheConnectionDetails() {
        try (ReplayServer server = new ReplayServer()) {
            String apipayx = server.endpoints().aggregateApi().toString();
            this.runner
                    .withPropertyValues(AGGREGATE_PROPERTIES)
                    .withPropertyValues("jdpay.endpoints.aggregate-api=" + apipayx + "/")
                    .run(context -> {
                        // The replay server answers 404: the call went where it was told to.
                        assertThatThrownBy(() -> context.getBean(JdPayAggregateTemplate.class)
                                        .queryTrade("Q1"))
                                .hasMessageContaining("HTTP 404");
                        assertThat(server.lastPosted().path()).isEqualTo("/apipayx/m/querytrade");
                    });
        }
    }

    @Test
    void theMd5KeyMayBeAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("md5.key"), AggregateVectors.MD5_KEY_2_2 + "\n");
        this.runner
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues("jdpay.aggregate.md5-key=file:" + file)
                .run(context -> assertThat(
                                context.getBean(AggregateSigner.class).sign(Map.of("a", "1")))
                        .isEqualTo(new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2).sign(Map.of("a", "1"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdpay.aggregate.des-key=| jdpay.aggregate.des-key",
                "jdpay.aggregate.des-key=AAAA| jdpay.aggregate.des-key",
                "jdpay.aggregate.md5-key= | jdpay.aggregate.md5-key",
                "jdpay.aggregate.merchant-no=shop-1| jdpay.aggregate.merchant-no",
                "jdpay.aggregate.system-id=| jdpay.aggregate.system-id",
                "jdpay.aggregate.notify-url=https://shop.example.com/n?x=1| jdpay.aggregate.notify-url",
                "jdpay.aggregate.notify-path=jdpay/*| jdpay.aggregate.notify-path"
            })
    void aBadSettingStopsStartUpNamingTheProperty(String setting, String property) {
        this.runner
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues(setting)
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(property));
    }

    @Test
    void aMissingMd5KeyIsExplained() {
        this.runner
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues("jdpay.aggregate.md5-key=")
                .run(context -> {
                    FailureAnalysis analysis = new JdPayKeyFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getAction()).contains("aggregate MD5 key", "jdpay.aggregate.md5-key");
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(JdPayKeyException.class);
                });
    }

    @Test
    void secretsAreMaskedInToString() {
        JdPayProperties properties = new JdPayProperties();
        properties.getAggregate().setMerchantNo("110047782");
        properties.getAggregate().setDesKey(AggregateVectors.KEY_2_2);
        properties.getAggregate().setMd5Key(AggregateVectors.MD5_KEY_2_2);

        assertThat(properties.toString())
                .contains("110047782", "/jdpay/aggregate/notify")
                .doesNotContain(AggregateVectors.KEY_2_2, AggregateVectors.MD5_KEY_2_2);
    }

    @Test
    void switchedOffWithJdPay() {
        this.runner
                .withPropertyValues(AGGREGATE_PROPERTIES)
                .withPropertyValues("jdpay.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayAggregateOperations.class));
    }
}
