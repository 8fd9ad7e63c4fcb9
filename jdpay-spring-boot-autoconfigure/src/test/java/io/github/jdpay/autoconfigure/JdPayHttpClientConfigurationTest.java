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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.client.RestClientCustomizer;

/** The template's HTTP client comes from Boot's {@code RestClient.Builder}, so the application's customizers apply. */
class JdPayHttpClientConfigurationTest {

    private final ReplayServer jd = new ReplayServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, JdPayAutoConfiguration.class))
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
        this.runner
                .withBean(RestClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Shop", "tea"))
                .run(context -> {
                    assertThat(context.getBean(JdPayTemplate.class)
                                    .getUserRelation("user-1")
                                    .bound())
                            .isTrue();
                    assertThat(this.jd.lastPosted().headers().get("X-shop")).containsExactly("tea");
                });
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
