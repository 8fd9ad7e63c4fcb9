package io.github.jdpay.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.autoconfigure.JdPayAggregateAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayConnectionDetails;
import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.ManualTime;
import io.github.jdpay.test.TestMerchant;
import java.net.ConnectException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code jdpay.simulator.enabled=true} starts a simulator for the configured merchants and points the client at it. */
@ExtendWith(OutputCaptureExtension.class)
class JdPaySimulatorAutoConfigurationTest {

    private final AutoConfigurations configurations = AutoConfigurations.of(
            JdPaySimulatorAutoConfiguration.class, JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(this.configurations)
            .withPropertyValues(
                    "jdpay.merchant-no=" + TestMerchant.MERCHANT_NO,
                    "jdpay.des-key=" + TestMerchant.DES_KEY,
                    "jdpay.private-key=" + TestMerchant.PRIVATE_KEY_LOCATION,
                    "jdpay.notify-url=http://127.0.0.1:9/jdpay/notify");

    @Test
    void offUnlessEnabled() {
        this.runner
                .withPropertyValues("jdpay.jd-public-key=classpath:jdpay-test/simulator-only-jd-public.pem")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdPaySimulator.class);
                    assertThat(context.getBean(JdPayConnectionDetails.class))
                            .isNotInstanceOf(JdPaySimulatorConnectionDetails.class);
                });
    }

    @Test
    void enabledSimulatorPlaysJdForTheTemplate(CapturedOutput output) {
        this.runner.withPropertyValues("jdpay.simulator.enabled=true").run(context -> {
            JdPaySimulator simulator = context.getBean(JdPaySimulator.class);
            assertThat(simulator.merchants()).containsExactly(TestMerchant.MERCHANT_NO);
            assertThat(context.getBean(JdPayConnectionDetails.class)
                            .getEndpoints()
                            .paygate())
                    .hasToString(simulator.paygateUrl());
            // The simulator's own refusal, verified with the simulator's key: the whole way there and back.
            assertThatThrownBy(() -> context.getBean(JdPayTemplate.class).queryPayment("sim-1"))
                    .isInstanceOfSatisfying(JdPayApiException.class, ex -> assertThat(ex.getCode())
                            .isEqualTo("TRDE900001"));
            assertThat(output).contains("JD Pay client points at the embedded simulator at " + simulator.baseUrl());
        });
    }

    @Test
    void aManualTimeBeanRunsTheSimulatorsSchedule() {
        ManualTime time = ManualTime.startingNow();
        this.runner
                .withPropertyValues("jdpay.simulator.enabled=true")
                .withBean(ManualTime.class, () -> time)
                .run(context -> assertThat(context.getBean(JdPaySimulator.class).manualTime())
                        .containsSame(time));
    }

    @Test
    void withoutAManualTimeBeanTheSimulatorRunsInRealTime() {
        this.runner.withPropertyValues("jdpay.simulator.enabled=true").run(context -> assertThat(
                        context.getBean(JdPaySimulator.class).manualTime())
                .isEmpty());
    }

    @Test
    void simulatorClosesWithTheContext() {
        int[] port = new int[1];
        this.runner
                .withPropertyValues("jdpay.simulator.enabled=true")
                .run(context -> port[0] = context.getBean(JdPaySimulator.class).port());

        assertThatThrownBy(() -> new Socket("127.0.0.1", port[0]).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void extraMerchantsAreRegisteredToo() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        this.runner
                .withPropertyValues(
                        "jdpay.simulator.enabled=true",
                        "jdpay.merchants.shop2.merchant-no=110025845001",
                        "jdpay.merchants.shop2.des-key=GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca",
                        "jdpay.merchants.shop2.private-key=" + pem)
                .run(context -> {
                    assertThat(context.getBean(JdPaySimulator.class).merchants())
                            .containsExactlyInAnyOrder(TestMerchant.MERCHANT_NO, "110025845001");
                    JdPayTemplate shop2 = context.getBean(JdPayTemplate.class).forMerchant("shop2");
                    assertThatThrownBy(() -> shop2.queryPayment("sim-2"))
                            .isInstanceOfSatisfying(JdPayApiException.class, ex -> assertThat(ex.getCode())
                                    .isEqualTo("TRDE900001"));
                });
    }

    @Test
    void anAggregateOnlyApplicationGetsASimulatorForItsAggregateMerchant() {
        new ApplicationContextRunner()
                .withConfiguration(this.configurations)
                .withPropertyValues(
                        "jdpay.simulator.enabled=true",
                        "jdpay.aggregate.merchant-no=110047782",
                        "jdpay.aggregate.system-id=jw",
                        "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY,
                        "jdpay.aggregate.md5-key=aggregate-md5")
                .run(context -> {
                    JdPaySimulator simulator = context.getBean(JdPaySimulator.class);
                    assertThat(simulator.merchants()).isEmpty();
                    assertThat(simulator.aggregate().merchants()).containsExactly("110047782");
                    assertThat(context).doesNotHaveBean(JdPayTemplate.class);
                    // Signed with the configured MD5 key, refused by the simulator's order book: the whole way.
                    assertThatThrownBy(() -> context.getBean(JdPayAggregateOperations.class)
                                    .queryTrade("sim-3"))
                            .isInstanceOfSatisfying(JdPayApiException.class, ex -> assertThat(ex.getCode())
                                    .isEqualTo("TRDE900001"));
                });
    }

    @Test
    void theAggregateMerchantIsRegisteredBesideTheOthers() {
        this.runner
                .withPropertyValues(
                        "jdpay.simulator.enabled=true",
                        "jdpay.aggregate.merchant-no=" + TestMerchant.MERCHANT_NO,
                        "jdpay.aggregate.system-id=jw",
                        "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY,
                        "jdpay.aggregate.md5-key=" + TestMerchant.MD5_KEY)
                .run(context -> {
                    JdPaySimulator simulator = context.getBean(JdPaySimulator.class);
                    assertThat(simulator.merchants()).containsExactly(TestMerchant.MERCHANT_NO);
                    assertThat(simulator.aggregate().merchants()).containsExactly(TestMerchant.MERCHANT_NO);
                    assertThat(context.getBean(JdPayTemplate.class).aggregate().merchantNo())
                            .isEqualTo(TestMerchant.MERCHANT_NO);
                });
    }

    @Test
    void missingAggregateMd5KeyIsNamed() {
        this.runner
                .withPropertyValues(
                        "jdpay.simulator.enabled=true",
                        "jdpay.aggregate.merchant-no=110047782",
                        "jdpay.aggregate.system-id=jw",
                        "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOfSatisfying(JdPayKeyException.class, ex -> assertThat(ex.getKeyName())
                                .isEqualTo("jdpay.aggregate.md5-key")));
    }

    @Test
    void missingDesKeyIsNamed() {
        this.runner
                .withPropertyValues("jdpay.simulator.enabled=true", "jdpay.des-key=")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOfSatisfying(JdPayKeyException.class, ex -> assertThat(ex.getKeyName())
                                .isEqualTo("jdpay.des-key")));
    }

    @Test
    void staysOffWhenJdPayIsDisabled() {
        this.runner
                .withPropertyValues("jdpay.simulator.enabled=true", "jdpay.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPaySimulator.class));
    }
}
