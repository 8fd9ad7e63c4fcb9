package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

/** The template's HTTP client comes from Boot's {@code RestClient.Builder}, so the application's customizers apply. */
class JdPayHttpClientConfigurationTest {

    private final ReplayServer jd = new ReplayServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(BootClasses.restClientAutoConfiguration(), JdPayAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withBean(JdPayConnectionDetails.class, () -> new JdPayConnectionDetails() {
                @Override
                public JdPayEndpoints getEndpoints() {
                    return JdPayHttpClientConfigurationTest.this.jd.endpoints();
                }

                @Override
                public PublicKey getJdPublicKey() {
                    return TestKeys.jdPublicKey();
                }
            });

    @AfterEach
    void stop() {
        this.jd.close();
    }

    @Test
    void applicationRestClientCustomizersApply() {
        this.jd.answer("getUserRelation", ReplayServer.jdAnswer("R2"));
        withCustomizer(BootClasses.restClientCustomizerType(), builder -> builder.defaultHeader("X-Shop", "tea"))
                .run(context -> {
                    assertThat(context.getBean(JdPayTemplate.class)
                                    .getUserRelation("user-1")
                                    .bound())
                            .isTrue();
                    assertThat(this.jd.lastPosted().headers().get("X-shop")).containsExactly("tea");
                });
    }

    @Test
    void httpClientIsMadeOnTheFirstCallToJdNotAtStartUp() {
        this.jd.answer("getUserRelation", ReplayServer.jdAnswer("R2"));
        AtomicInteger customized = new AtomicInteger();
        withCustomizer(BootClasses.restClientCustomizerType(), builder -> customized.incrementAndGet())
                .run(context -> {
                    JdPayTemplate template = context.getBean(JdPayTemplate.class);
                    assertThat(customized).hasValue(0);

                    template.getUserRelation("user-1");
                    template.getUserRelation("user-1");

                    assertThat(customized).hasValue(1);
                });
    }

    /** The runner with a {@code RestClientCustomizer} bean of Boot's type (its package differs in Boot 3 and 4). */
    private <T> ApplicationContextRunner withCustomizer(Class<T> type, Consumer<RestClient.Builder> customizer) {
        return this.runner.withBean(type, () -> BootClasses.restClientCustomizer(type, customizer));
    }

    @Test
    void applicationClockDatesRequests() {
        this.jd.answer("uniorder", ReplayServer.jdAnswer("R1"));
        this.runner
                .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2024-12-31T16:30:00Z"), ZoneOffset.UTC))
                .run(context -> {
                    context.getBean(JdPayTemplate.class)
                            .uniOrder(
                                    UniOrderRequest.builder()
                                            .tradeNum("1486346954111")
                                            .tradeName("Tea")
                                            .amount(Money.ofFen(1))
                                            .build(),
                                    UniOrderTradeType.QR);
                    JdPayXmlCodec asJd = new JdPayXmlCodec(
                            TestKeys.cipher(TestKeys.DES_KEY),
                            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                            new RsaJdPayVerifier(TestKeys.merchantPublicKey()));
                    String body = this.jd.lastPosted().body();
                    assertThat(asJd.open(JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8)))
                                    .text("tradeTime"))
                            .isEqualTo("20250101003000");
                });
    }
}
