package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayNotifyAutoConfiguration;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;

/**
 * The endpoint through MockMvc with the test kit: notifications signed as the simulator's JD signs them, and the
 * hostile corpus, none of which may be handled or stored.
 */
class NotifyEndpointTest {

    static final String[] TEST_MERCHANT = {
        "jdpay.merchant-no=" + TestMerchant.MERCHANT_NO,
        "jdpay.des-key=" + TestMerchant.DES_KEY,
        "jdpay.private-key=" + TestMerchant.PRIVATE_KEY_LOCATION,
        "jdpay.jd-public-key=" + SimulatorJdKey.PUBLIC_KEY_LOCATION
    };

    private static final JdPayNotifications JD = JdPayNotifications.testMerchant();

    /** Spring MVC's auto-configuration under its Spring Boot 4 name or its Boot 3 name: one test source for both. */
    private static final Class<?> WEB_MVC = Stream.of(
                    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                    "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
            .filter(name -> ClassUtils.isPresent(name, null))
            .findFirst()
            .map(name -> ClassUtils.resolveClassName(name, null))
            .orElseThrow(() -> new IllegalStateException("Spring MVC's auto-configuration is not on the class path"));

    private final WebApplicationContextRunner withoutHandlers = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(JdPayAutoConfiguration.class, JdPayNotifyAutoConfiguration.class, WEB_MVC))
            .withPropertyValues(TEST_MERCHANT);

    private final WebApplicationContextRunner runner = this.withoutHandlers.withBean(RecordingShop.class);

    static MockHttpServletResponse deliver(AssertableWebApplicationContext context, byte[] body, String contentType)
            throws Exception {
        return MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(post("/jdpay/notify").contentType(contentType).content(body))
                .andReturn()
                .getResponse();
    }

    static MockHttpServletResponse deliver(AssertableWebApplicationContext context, NotificationContent content)
            throws Exception {
        return deliver(context, JD.sign(content).bytes(), "application/xml");
    }

    private static RecordingShop shop(AssertableWebApplicationContext context) {
        return context.getBean(RecordingShop.class);
    }

    private static int stored(AssertableWebApplicationContext context) {
        return context.getBean(InMemoryIdempotencyStore.class).size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.jdpay.test.notify.HostileNotifications#corpus")
    void aHostileNotificationIsRefusedNotHandledAndNotStored(NotificationSample sample) {
        this.runner.run(context -> {
            MockHttpServletResponse response = deliver(context, sample.body(), sample.contentType());

            assertThat(response.getStatus()).as(sample.description()).isBetween(400, 499);
            assertThat(response.getContentAsString()).isEqualTo("fail");
            assertThat(shop(context).payments).isEmpty();
            assertThat(stored(context)).isZero();
        });
    }

    @Test
    void aPaymentIsHandledWithWhatJdSaid() {
        this.runner.run(context -> {
            MockHttpServletResponse response = deliver(
                    context,
                    NotificationContent.payment("K1", 1999, "20250618120000").withNote("礼物"));

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).isEqualTo("success");
            assertThat(shop(context).payments).singleElement().satisfies(n -> {
                assertThat(n.tradeNum()).isEqualTo("K1");
                assertThat(n.amount()).isEqualTo(Money.ofFen(1999));
                assertThat(n.status()).isEqualTo(TradeStatus.SUCCESS);
                assertThat(n.note()).isEqualTo("礼物");
                assertThat(n.payList())
                        .singleElement()
                        .extracting(p -> p.amount())
                        .isEqualTo(Money.ofFen(1999));
                assertThat(n.document()).startsWith(JdPayNotifications.DECLARATION);
            });
        });
    }

    @Test
    void aRefundReachesTheRefundHandler() {
        this.runner.run(context -> {
            deliver(context, NotificationContent.refund("K2-r", "K2", 500, "20250618130000"));

            assertThat(shop(context).refunds).singleElement().satisfies(n -> {
                assertThat(n.tradeNum()).isEqualTo("K2-r");
                assertThat(n.originalTradeNum()).isEqualTo("K2");
                assertThat(n.tradeType()).isEqualTo(TradeType.REFUND);
                assertThat(n.amount()).isEqualTo(Money.ofFen(500));
                assertThat(n.status()).isEqualTo(RefundStatus.SUCCESS);
                assertThat(n.isRefunded()).isTrue();
                assertThat(n.tradeTime()).isNotNull();
            });
            assertThat(shop(context).payments).isEmpty();
        });
    }

    @Test
    void aRefundWithoutARefundHandlerIsAnswered501AndNotStored() {
        this.withoutHandlers.withBean(PaymentsOnly.class).run(context -> {
            MockHttpServletResponse response =
                    deliver(context, NotificationContent.refund("K3-r", "K3", 500, "20250618130000"));

            assertThat(response.getStatus()).isEqualTo(501);
            assertThat(response.getContentAsString()).isEqualTo("fail");
            assertThat(stored(context)).isZero();
        });
    }

    @Test
    void aDeliveryWhoseTwinIsBeingHandledIsAnswered409ThenSuccessOnceDone() {
        this.runner.run(context -> {
            NotificationContent payment = NotificationContent.payment("K4", 100, "20250618120000");
            shop(context).holdCalls();
            CompletableFuture<MockHttpServletResponse> first =
                    CompletableFuture.supplyAsync(() -> deliverQuietly(context, payment));
            assertThat(shop(context).entered.await(10, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse twin = deliver(context, payment);
            shop(context).releaseCalls();

            assertThat(twin.getStatus()).isEqualTo(409);
            assertThat(twin.getContentAsString()).isEqualTo("fail");
            assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("success");
            assertThat(deliver(context, payment).getContentAsString()).isEqualTo("success");
            assertThat(shop(context).calls("K4")).isOne();
        });
    }

    @Test
    void aFailedPaymentAndItsLaterSuccessAreTwoNotifications() {
        this.runner.run(context -> {
            NotificationContent failed =
                    NotificationContent.payment("K5", 100, "20250618120000").withStatus("3");

            deliver(context, failed);
            deliver(context, failed.withStatus("2"));

            assertThat(shop(context).payments)
                    .extracting(TradeNotification::status)
                    .containsExactly(TradeStatus.FAILED, TradeStatus.SUCCESS);
        });
    }

    @Test
    void anAmountTheShopDoesNotExpectIsRefused() {
        JdPayExpectedAmounts orders =
                (merchant, tradeNum) -> tradeNum.equals("K6") ? Optional.of(Money.ofFen(10_000)) : Optional.empty();
        this.runner.withBean(JdPayExpectedAmounts.class, () -> orders).run(context -> {
            MockHttpServletResponse tampered = deliver(context, NotificationContent.payment("K6", 1, "20250618120000"));
            MockHttpServletResponse unknown = deliver(context, NotificationContent.payment("K7", 1, "20250618120000"));

            assertThat(tampered.getStatus()).isEqualTo(400);
            assertThat(unknown.getStatus()).isEqualTo(200);
            assertThat(shop(context).payments)
                    .extracting(TradeNotification::tradeNum)
                    .containsExactly("K7");
            assertThat(stored(context)).isOne();
        });
    }

    private static MockHttpServletResponse deliverQuietly(
            AssertableWebApplicationContext context, NotificationContent content) {
        try {
            return deliver(context, content);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A shop that takes payments but never asked for refund notifications. */
    static class PaymentsOnly {

        @JdPayNotifyHandler
        void paid(TradeNotification notification) {}
    }
}
