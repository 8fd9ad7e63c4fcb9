package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.TradeNotification;
import io.github.jdpay.notify.handler.NotifyArgumentResolver;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The endpoint through MockMvc with JD's own notification N2 (jdpay-v2.md B.6), verified with JD's test key. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayNotifyEndpointTest {

    private static final byte[] N2 = JdNotifications.envelope("N2");

    private final WebApplicationContextRunner withoutHandlers = new WebApplicationContextRunner()
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES);

    private final WebApplicationContextRunner runner =
            this.withoutHandlers.withUserConfiguration(NotifyHandlers.PaymentsConfig.class);

    static ResultActions deliver(AssertableWebApplicationContext context, String path, byte[] body) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_XML).content(body));
    }

    static ResultActions postN2(AssertableWebApplicationContext context) throws Exception {
        return deliver(context, "/jdpay/notify", N2);
    }

    private static NotifyHandlers.Payments payments(AssertableWebApplicationContext context) {
        return context.getBean(NotifyHandlers.Payments.class);
    }

    private static int stored(AssertableWebApplicationContext context) {
        return context.getBean(InMemoryIdempotencyStore.class).size();
    }

    /** N2 gets {@code status} and {@code fail}; the handler is not called and the store stays empty. */
    private static void refused(AssertableWebApplicationContext context, ResultMatcher status) throws Exception {
        postN2(context).andExpect(status).andExpect(content().string("fail"));

        assertThat(payments(context).received).isEmpty();
        assertThat(stored(context)).isZero();
    }

    @Test
    void jdsOwnNotificationIsHandledThenAcknowledged() {
        this.runner.run(context -> {
            postN2(context)
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                    .andExpect(content().string("success"));

            assertThat(payments(context).received)
                    .singleElement()
                    .extracting(TradeNotification::tradeNum, TradeNotification::amount)
                    .containsExactly("1493972675054", Money.ofFen(1));
            assertThat(payments(context).merchants).containsExactly("default");
        });
    }

    @Test
    void repeatedDeliveriesAreAcknowledgedWithoutCallingTheHandlerAgain() {
        this.runner.run(context -> {
            for (int delivery = 0; delivery < 5; delivery++) {
                postN2(context).andExpect(status().isOk()).andExpect(content().string("success"));
            }

            assertThat(payments(context).received).hasSize(1);
        });
    }

    @Test
    void aHandlerThatThrowsIsAnswered500AndTheNextDeliveryIsHandledAfresh(CapturedOutput output) {
        this.runner.run(context -> {
            payments(context).failures.set(1);

            postN2(context)
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().string("fail"));
            assertThat(stored(context)).isZero();
            postN2(context).andExpect(status().isOk()).andExpect(content().string("success"));

            assertThat(payments(context).received).hasSize(2);
            assertThat(output).contains("ERROR").contains("1493972675054").contains("order database is down");
        });
    }

    @Test
    void aBodyOverTheLimitIsAnswered413AndNothingIsStored() {
        this.runner
                .withPropertyValues("jdpay.notify.max-body-size=1KB")
                .run(context -> refused(context, status().is(413)));
    }

    @Test
    void anAmountTheShopDoesNotExpectIsRefusedWithAnError(CapturedOutput output) {
        JdPayExpectedAmounts twoFen = (merchant, tradeNum) -> Optional.of(Money.ofFen(2));
        this.runner.withBean(JdPayExpectedAmounts.class, () -> twoFen).run(context -> {
            refused(context, status().isBadRequest());

            assertThat(output)
                    .contains("ERROR")
                    .contains("1493972675054 of merchant default (22294531) reports 0.01 CNY"
                            + " but 0.02 CNY is expected");
        });
    }

    @Test
    void theExpectedAmountIsAskedForByMerchantAndTradeNumber() {
        AtomicReference<String> asked = new AtomicReference<>();
        JdPayExpectedAmounts oneFen = (merchant, tradeNum) -> {
            asked.set(merchant + "/" + tradeNum);
            return Optional.of(Money.ofFen(1));
        };
        this.runner.withBean(JdPayExpectedAmounts.class, () -> oneFen).run(context -> {
            postN2(context).andExpect(status().isOk());

            assertThat(asked).hasValue("default/1493972675054");
            assertThat(payments(context).received).hasSize(1);
        });
    }

    @Test
    void expectedAmountsThatCannotAnswerGet503SoThatJdRetries() {
        JdPayExpectedAmounts broken = (merchant, tradeNum) -> {
            throw new IllegalStateException("orders unavailable");
        };
        this.runner
                .withBean(JdPayExpectedAmounts.class, () -> broken)
                .run(context -> refused(context, status().isServiceUnavailable()));
    }

    @Test
    void thePathFollowsTheProperty() {
        this.runner.withPropertyValues("jdpay.notify.path=/callbacks/jd").run(context -> {
            deliver(context, "/callbacks/jd", N2).andExpect(status().isOk());
            deliver(context, "/jdpay/notify", N2).andExpect(status().isNotFound());
        });
    }

    @Test
    void withoutAHandlerThePathIsLeftToTheApplication() {
        this.withoutHandlers.run(context -> postN2(context).andExpect(status().isNotFound()));
    }

    @Test
    void onlyPostIsServed() {
        this.runner.run(context -> MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(get("/jdpay/notify"))
                .andExpect(status().is4xxClientError()));
    }

    @Test
    void aHandlerOnAProxiedBeanIsCalledThroughTheProxy() {
        BeanPostProcessor proxying = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof NotifyHandlers.Payments)) {
                    return bean;
                }
                ProxyFactory factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                return factory.getProxy();
            }
        };
        this.runner.withBean(BeanPostProcessor.class, () -> proxying).run(context -> {
            postN2(context).andExpect(status().isOk());

            Object target = ((Advised) payments(context)).getTargetSource().getTarget();
            assertThat(((NotifyHandlers.Payments) target).received).hasSize(1);
        });
    }

    @Test
    void anApplicationResolverSuppliesItsOwnParameter() {
        this.withoutHandlers
                .withBean(NotifyArgumentResolver.class, TradeNumberResolver::new)
                .withBean(TradeNumberHandler.class)
                .run(context -> {
                    postN2(context).andExpect(status().isOk());

                    assertThat(context.getBean(TradeNumberHandler.class).tradeNum)
                            .hasValue("1493972675054");
                });
    }

    /** Supplies {@code StringBuilder} parameters with the trade number: an application's own parameter. */
    static class TradeNumberResolver implements NotifyArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == StringBuilder.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, JdPayNotification notification) {
            return new StringBuilder(notification.tradeNum());
        }
    }

    static class TradeNumberHandler {

        final AtomicReference<String> tradeNum = new AtomicReference<>();

        @JdPayNotifyHandler
        void paid(TradeNotification notification, StringBuilder tradeNum) {
            this.tradeNum.set(tradeNum.toString());
        }
    }
}
