package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.jdpay.autoconfigure.JdPayAggregateAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayNotifyAutoConfiguration;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.AggregateNotifications;
import io.github.jdpay.test.notify.HostileAggregateNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Every delivery to the aggregate notification route is one {@code jdpay.notifications} observation of kind
 * {@code aggregate}: notifications made as the simulator makes them, and the hostile aggregate corpus.
 */
class AggregateNotificationObservationTest {

    private static final AggregateNotifications JD = AggregateNotifications.testMerchant();

    private static final String NAME = "jdpay.notifications";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    JdPayAutoConfiguration.class,
                    JdPayAggregateAutoConfiguration.class,
                    JdPayNotifyAutoConfiguration.class,
                    WebMvc.autoConfiguration()))
            .withPropertyValues(NotifyEndpointTest.TEST_MERCHANT)
            .withPropertyValues(
                    "jdpay.aggregate.merchant-no=" + TestMerchant.MERCHANT_NO,
                    "jdpay.aggregate.system-id=jw",
                    "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY,
                    "jdpay.aggregate.md5-key=" + TestMerchant.MD5_KEY)
            .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
            .withBean(AggregatePayments.class);

    /** Takes aggregate notifications; throws for trade numbers starting FAIL. */
    static class AggregatePayments {

        @JdPayNotifyHandler
        void paid(AggregateNotification notification) {
            if (notification.tradeNum().startsWith("FAIL")) {
                throw new IllegalStateException("order database is down");
            }
        }
    }

    private static TestObservationRegistryAssert.That only(AssertableWebApplicationContext context) {
        TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
        TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1);
        return TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo(NAME);
    }

    private static int deliver(AssertableWebApplicationContext context, byte[] body, String contentType)
            throws Exception {
        return MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(
                        post("/jdpay/aggregate/notify").contentType(contentType).content(body))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static int deliverPayment(AssertableWebApplicationContext context, String outTradeNo) throws Exception {
        String body = JD.payment(outTradeNo, "2000000000000000000001", 100, NotificationContent.now());
        return deliver(context, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void aHandledPaymentIsOfKindAggregateForTheAggregateMerchant() {
        this.runner.run(context -> {
            assertThat(deliverPayment(context, "AOBS1")).isEqualTo(200);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "aggregate")
                    .hasLowCardinalityKeyValue("jdpay.merchant", "aggregate")
                    .hasLowCardinalityKeyValue("outcome", "HANDLED")
                    .hasLowCardinalityKeyValue("reason", "none")
                    .hasHighCardinalityKeyValue("jdpay.trade-num", "AOBS1")
                    .doesNotHaveError();
        });
    }

    @Test
    void aSecondDeliveryIsADuplicate() {
        this.runner.run(context -> {
            deliverPayment(context, "AOBS2");
            context.getBean(TestObservationRegistry.class).clear();

            assertThat(deliverPayment(context, "AOBS2")).isEqualTo(200);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "aggregate")
                    .hasLowCardinalityKeyValue("outcome", "DUPLICATE");
        });
    }

    @Test
    void aThrowingHandlerIsAHandlerFailure() {
        this.runner.run(context -> {
            assertThat(deliverPayment(context, "FAIL-A1")).isEqualTo(500);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "aggregate")
                    .hasLowCardinalityKeyValue("outcome", "HANDLER_FAILED")
                    .hasError();
        });
    }

    /** The merchant is {@code unknown} until the envelope's merchant number picked the aggregate merchant's keys. */
    @ParameterizedTest(name = "{0} is refused as {1} for merchant {2}")
    @CsvSource({
        "aggregate-oversized-body, TOO_LARGE, unknown",
        "aggregate-empty-body, MALFORMED, unknown",
        "aggregate-xml-body, MALFORMED, unknown",
        "aggregate-wrong-des-key, MALFORMED, aggregate",
        "aggregate-unknown-merchant, UNKNOWN_MERCHANT, unknown",
        "aggregate-wrong-md5-key, SIGNATURE, aggregate",
        "aggregate-missing-sign, SIGNATURE, aggregate",
        "aggregate-failure-envelope, FAILURE_RESULT, aggregate"
    })
    void eachRefusalIsTaggedWithItsReasonAndMerchant(String sample, String reason, String merchant) {
        NotificationSample hostile = HostileAggregateNotifications.corpus().stream()
                .filter(candidate -> candidate.name().equals(sample))
                .findFirst()
                .orElseThrow();
        this.runner.run(context -> {
            assertThat(deliver(context, hostile.body(), hostile.contentType())).isBetween(400, 499);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "aggregate")
                    .hasLowCardinalityKeyValue("outcome", "REJECTED")
                    .hasLowCardinalityKeyValue("reason", reason)
                    .hasLowCardinalityKeyValue("jdpay.merchant", merchant)
                    .hasHighCardinalityKeyValue("jdpay.trade-num", "none");
        });
    }
}
