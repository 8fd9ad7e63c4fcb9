package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import io.github.jdpay.notify.JdPayMerchantName;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Aggregate notifications through the shared endpoint at {@code jdpay.aggregate.notify-path}: verified always, handled
 * once, acknowledged {@code success} only after the handler, and every bad input refused before any handler runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class JdPayAggregateNotifyEndpointTest {

    private static final String PATH = "/jdpay/aggregate/notify";

    private static final String M = "110047782";

    private static final AggregateCodec JD = codec(AggregateVectors.MD5_KEY_2_2);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    JdPayAutoConfiguration.class,
                    JdPayAggregateAutoConfiguration.class,
                    JdPayNotifyAutoConfiguration.class,
                    BootClasses.webMvcAutoConfiguration()))
            .withPropertyValues(JdPayAggregateAutoConfigurationTest.AGGREGATE_PROPERTIES)
            .withBean(AggregatePayments.class);

    /** Records each aggregate notification; throws for the first {@code failures} calls. */
    static class AggregatePayments {

        final List<AggregateNotification> received = new CopyOnWriteArrayList<>();

        final List<String> merchants = new CopyOnWriteArrayList<>();

        final AtomicInteger failures = new AtomicInteger();

        @JdPayNotifyHandler
        void paid(AggregateNotification notification, @JdPayMerchantName String merchant) {
            this.received.add(notification);
            this.merchants.add(merchant);
            if (this.failures.getAndDecrement() > 0) {
                throw new IllegalStateException("order database is down");
            }
        }
    }

    private static AggregateCodec codec(String md5Key) {
        return new AggregateCodec(
                new AggregateTripleDesCipher(KeyLoader.desKey("des", AggregateVectors.KEY_2_2)),
                new Md5AggregateSigner(md5Key));
    }

    private static Map<String, Object> payment(String outTradeNo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resultCode", "SUCCESS");
        fields.put("merchantNo", M);
        fields.put("outTradeNo", outTradeNo);
        fields.put("tradeNo", "1000000000000000000001");
        fields.put("amount", 250L);
        fields.put("piType", "WX");
        fields.put("payStatus", "FINISH");
        fields.put("payFinishTime", "20250101120000");
        return fields;
    }

    private static String sealed(Map<String, Object> plain) {
        return JD.sealReply(M, plain, CipherTextEncoding.HEX).toJson();
    }

    private static String changed(Map<String, Object> plain, UnaryOperator<AggregateEnvelope> change) {
        return change.apply(AggregateEnvelope.parse(sealed(plain).getBytes(StandardCharsets.UTF_8)))
                .toJson();
    }

    private static ResultActions deliver(AssertableWebApplicationContext context, String body) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static AggregatePayments payments(AssertableWebApplicationContext context) {
        return context.getBean(AggregatePayments.class);
    }

    @Test
    void anAggregateOnlyShopHandlesItsNotificationsOnceEach(CapturedOutput output) {
        this.runner.run(context -> {
            for (int delivery = 0; delivery < 3; delivery++) {
                deliver(context, sealed(payment("A1")))
                        .andExpect(status().isOk())
                        .andExpect(content().string("success"));
            }
            Map<String, Object> sameWithSucceed = payment("A1");
            sameWithSucceed.put("payStatus", "SUCCEED");
            deliver(context, sealed(sameWithSucceed)).andExpect(status().isOk());

            assertThat(payments(context).received).singleElement().satisfies(n -> {
                assertThat(n.outTradeNo()).isEqualTo("A1");
                assertThat(n.amount()).isEqualTo(Money.ofFen(250));
                assertThat(n.isSuccess()).isTrue();
            });
            assertThat(payments(context).merchants).containsExactly(AggregateNotification.MERCHANT_NAME);
        });
        assertThat(output)
                .contains("JD Pay notifications accepted at POST " + PATH)
                .doesNotContain(AggregateVectors.MD5_KEY_2_2);
    }

    @Test
    void aHandlerThatThrowsIsAnswered500AndTheNextDeliveryIsHandledAfresh() {
        this.runner.run(context -> {
            payments(context).failures.set(1);

            deliver(context, sealed(payment("A2")))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().string("fail"));
            assertThat(context.getBean(InMemoryIdempotencyStore.class).size()).isZero();
            deliver(context, sealed(payment("A2")))
                    .andExpect(status().isOk())
                    .andExpect(content().string("success"));

            assertThat(payments(context).received).hasSize(2);
        });
    }

    @Test
    void aRefundIsItsOwnNotificationKeyedByItsRefundNumber() {
        Map<String, Object> refund = payment("A3");
        refund.put("outRefundNo", "A3-r");
        refund.put("amount", 100L);
        this.runner.run(context -> {
            deliver(context, sealed(payment("A3"))).andExpect(status().isOk());
            deliver(context, sealed(refund)).andExpect(status().isOk());
            deliver(context, sealed(refund)).andExpect(status().isOk());

            assertThat(payments(context).received)
                    .extracting(AggregateNotification::tradeNum)
                    .containsExactly("A3", "A3-r");
        });
    }

    /** Inputs the endpoint must refuse before any handler runs. */
    enum BadInput {
        WRONG_MD5_KEY(codec("another md5 key")
                .sealReply(M, payment("B1"), CipherTextEncoding.HEX)
                .toJson()),
        TAMPERED_CIPHER_JSON(changed(
                payment("B1"),
                e -> new AggregateEnvelope(
                        true, e.merchantNo(), null, "0" + e.cipherJson().substring(1), e.sign(), null, null))),
        MISSING_SIGN(changed(
                payment("B1"),
                e -> new AggregateEnvelope(true, e.merchantNo(), null, e.cipherJson(), null, null, null))),
        OTHER_MERCHANT(changed(
                payment("B1"),
                e -> new AggregateEnvelope(true, "220000000001", null, e.cipherJson(), e.sign(), null, null))),
        OTHER_MERCHANT_IN_PLAINTEXT(sealedFor("220000000001")),
        BAD_ENCODING(changed(
                payment("B1"),
                e -> new AggregateEnvelope(true, e.merchantNo(), null, "not*cipher*text", e.sign(), null, null))),
        OUTER_FAILURE(new AggregateEnvelope(false, M, null, null, null, "SYS_ERROR", "系统错误").toJson()),
        RESULT_CODE_FAIL(sealedWith("resultCode", "FAIL")),
        IS_SUCCESS_FALSE(sealedWith("isSuccess", false)),
        NO_AMOUNT(sealedWith("amount", null)),
        XML(new String(JdNotifications.envelope("N2"), StandardCharsets.UTF_8)),
        EMPTY("");

        final String body;

        BadInput(String body) {
            this.body = body;
        }

        private static String sealedWith(String field, Object value) {
            Map<String, Object> fields = payment("B1");
            fields.put(field, value);
            return sealed(fields);
        }

        private static String sealedFor(String merchantNo) {
            Map<String, Object> fields = payment("B1");
            fields.put("merchantNo", merchantNo);
            return sealed(fields);
        }
    }

    @ParameterizedTest
    @EnumSource(BadInput.class)
    void badInputIsRefusedWithoutCallingTheHandler(BadInput input) {
        this.runner.run(context -> {
            deliver(context, input.body)
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string("fail"));

            assertThat(payments(context).received).isEmpty();
            assertThat(context.getBean(InMemoryIdempotencyStore.class).size()).isZero();
        });
    }

    @Test
    void anUnexpectedAmountIsRefused() {
        this.runner
                .withBean(
                        JdPayExpectedAmounts.class,
                        () -> (merchant, tradeNum) ->
                                merchant.equals(AggregateNotification.MERCHANT_NAME) && tradeNum.equals("C1")
                                        ? Optional.of(Money.ofFen(999))
                                        : Optional.empty())
                .run(context -> {
                    deliver(context, sealed(payment("C1"))).andExpect(status().is4xxClientError());

                    assertThat(payments(context).received).isEmpty();
                });
    }

    @Test
    void bothKindsOfNotificationAreServedSideBySide() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
                .run(context -> {
                    deliver(context, sealed(payment("D1"))).andExpect(status().isOk());
                    JdPayNotifyEndpointTest.postN2(context).andExpect(status().isOk());

                    assertThat(payments(context).received).hasSize(1);
                    assertThat(context.getBean(NotifyHandlers.Payments.class).received)
                            .hasSize(1);
                });
    }

    @Test
    void anAggregateHandlerWithoutAnAggregateMerchantStopsStartUp() {
        new WebApplicationContextRunner()
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withBean(AggregatePayments.class)
                .run(context -> assertThat(context).getFailure().hasMessageContaining("AggregateNotification"));
    }
}
