package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayNotifyAutoConfiguration;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.HostileNotifications;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * Every delivery to the endpoint is one {@code jdpay.notifications} observation tagged with how it ended and, for a
 * refusal, why: real notifications signed as the simulator's JD signs them, and the hostile corpus.
 */
class NotificationObservationTest {

    private static final JdPayNotifications JD = JdPayNotifications.testMerchant();

    private static final String NAME = "jdpay.notifications";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    JdPayAutoConfiguration.class, JdPayNotifyAutoConfiguration.class, WebMvc.autoConfiguration()))
            .withPropertyValues(NotifyEndpointTest.TEST_MERCHANT)
            .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
            .withBean(Payments.class);

    /** Records what the logging context held while the handler ran; throws for trade numbers starting FAIL. */
    static class Payments {

        final List<Map<String, String>> contexts = new CopyOnWriteArrayList<>();

        @JdPayNotifyHandler
        void paid(TradeNotification notification) {
            this.contexts.add(MDC.getCopyOfContextMap());
            if (notification.tradeNum().startsWith("FAIL")) {
                throw new IllegalStateException("order database is down");
            }
        }
    }

    private static TestObservationRegistry registry(AssertableWebApplicationContext context) {
        return context.getBean(TestObservationRegistry.class);
    }

    private static TestObservationRegistryAssert.That only(AssertableWebApplicationContext context) {
        TestObservationRegistryAssert.assertThat(registry(context)).hasNumberOfObservationsWithNameEqualTo(NAME, 1);
        return TestObservationRegistryAssert.assertThat(registry(context)).hasObservationWithNameEqualTo(NAME);
    }

    private static int deliver(AssertableWebApplicationContext context, NotificationContent content) throws Exception {
        return NotifyEndpointTest.deliver(context, JD.sign(content).bytes(), "application/xml")
                .getStatus();
    }

    @Test
    void aHandledPaymentIsTaggedWithKindMerchantAndOutcomeAndItsIdsAreInTheLoggingContext() {
        this.runner.run(context -> {
            assertThat(deliver(context, NotificationContent.payment("OBS1", 100, NotificationContent.now())))
                    .isEqualTo(200);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "trade")
                    .hasLowCardinalityKeyValue("jdpay.merchant", "default")
                    .hasLowCardinalityKeyValue("outcome", "HANDLED")
                    .hasLowCardinalityKeyValue("reason", "none")
                    .hasHighCardinalityKeyValue("jdpay.trade-num", "OBS1")
                    .doesNotHaveError();
            assertThat(context.getBean(Payments.class).contexts).singleElement().satisfies(mdc -> assertThat(mdc)
                    .containsEntry("jdpay.merchant", "default")
                    .containsEntry("jdpay.tradeNum", "OBS1")
                    .containsEntry("jdpay.kind", "trade"));
            assertThat(MDC.get("jdpay.tradeNum")).isNull();
        });
    }

    @Test
    void aSecondDeliveryIsADuplicate() {
        this.runner.run(context -> {
            NotificationContent payment = NotificationContent.payment("OBS2", 100, NotificationContent.now());
            deliver(context, payment);
            registry(context).clear();

            assertThat(deliver(context, payment)).isEqualTo(200);

            only(context).that().hasLowCardinalityKeyValue("outcome", "DUPLICATE");
        });
    }

    @Test
    void aDeliveryWhileAnotherIsHandledIsInProgress() {
        this.runner.run(context -> {
            String key = VerifiedNotification.key(TestMerchant.MERCHANT_NO, "0", "2", "OBS3");
            IdempotencyStore store = context.getBean(InMemoryIdempotencyStore.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch end = new CountDownLatch(1);
            CompletableFuture<IdempotencyStore.Outcome> holder = CompletableFuture.supplyAsync(() -> {
                try {
                    return store.runOnce(key, () -> {
                        holding.countDown();
                        end.await(60, TimeUnit.SECONDS);
                    });
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            try {
                assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();

                assertThat(deliver(context, NotificationContent.payment("OBS3", 100, NotificationContent.now())))
                        .isEqualTo(409);

                only(context).that().hasLowCardinalityKeyValue("outcome", "IN_PROGRESS");
            } finally {
                end.countDown();
            }
            assertThat(holder.get(60, TimeUnit.SECONDS)).isEqualTo(IdempotencyStore.Outcome.HANDLED);
        });
    }

    @Test
    void aThrowingHandlerIsAHandlerFailure() {
        this.runner.run(context -> {
            assertThat(deliver(context, NotificationContent.payment("FAIL1", 100, NotificationContent.now())))
                    .isEqualTo(500);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("outcome", "HANDLER_FAILED")
                    .hasError();
        });
    }

    @Test
    void aFailingStoreIsAStoreFailure() {
        this.runner.withBean(IdempotencyStore.class, DownStore::new).run(context -> {
            assertThat(deliver(context, NotificationContent.payment("OBS4", 100, NotificationContent.now())))
                    .isEqualTo(503);

            only(context).that().hasLowCardinalityKeyValue("outcome", "STORE_FAILED");
        });
    }

    @Test
    void aKindWithoutAHandlerIsNoHandler() {
        this.runner.run(context -> {
            assertThat(deliver(context, NotificationContent.refund("OBS5-r", "OBS5", 100, NotificationContent.now())))
                    .isEqualTo(501);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("jdpay.kind", "refund")
                    .hasLowCardinalityKeyValue("outcome", "NO_HANDLER");
        });
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "oversized-body, TOO_LARGE, unknown",
        "truncated-xml, MALFORMED, unknown",
        "bad-base64, MALFORMED, default",
        "unknown-merchant, UNKNOWN_MERCHANT, unknown",
        "flipped-sign-byte, SIGNATURE, default",
        "wrong-jd-key, SIGNATURE, default",
        "result-code-failure, FAILURE_RESULT, default"
    })
    void eachRefusalIsTaggedWithItsReason(String sample, String reason, String merchant) {
        NotificationSample hostile = HostileNotifications.named(sample);
        this.runner.run(context -> {
            NotifyEndpointTest.deliver(context, hostile.body(), hostile.contentType());

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("outcome", "REJECTED")
                    .hasLowCardinalityKeyValue("reason", reason)
                    .hasLowCardinalityKeyValue("jdpay.merchant", merchant)
                    .hasLowCardinalityKeyValue("jdpay.kind", "unknown")
                    .hasHighCardinalityKeyValue("jdpay.trade-num", "none");
        });
    }

    @Test
    void anUnknownTradeTypeIsUnsupported() {
        NotificationContent payment = NotificationContent.payment("OBS6", 100, NotificationContent.now());
        NotificationContent unknownType = new NotificationContent(
                "9",
                payment.tradeNum(),
                null,
                payment.amount(),
                payment.currency(),
                payment.tradeTime(),
                payment.note(),
                payment.status(),
                payment.result());
        this.runner.run(context -> {
            assertThat(deliver(context, unknownType)).isEqualTo(400);

            only(context).that().hasLowCardinalityKeyValue("reason", "UNSUPPORTED");
        });
    }

    @Test
    void aTradeTimeOlderThanTheReplayWindowIsExpired() {
        // JD Pay's 2.0 test vector N2 was signed in 2017: far beyond jdpay.notify.max-age (24 h).
        this.runner.run(context -> {
            assertThat(deliver(context, NotificationContent.payment("OBS8", 100, "20170505143145")))
                    .isEqualTo(400);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("outcome", "REJECTED")
                    .hasLowCardinalityKeyValue("reason", "EXPIRED")
                    .hasLowCardinalityKeyValue("jdpay.kind", "trade")
                    .hasLowCardinalityKeyValue("jdpay.merchant", "default");
        });
    }

    @Test
    void anAmountOtherThanExpectedIsAnAmountMismatch() {
        JdPayExpectedAmounts expected = (merchant, tradeNum) -> Optional.of(Money.ofFen(999));
        this.runner.withBean(JdPayExpectedAmounts.class, () -> expected).run(context -> {
            assertThat(deliver(context, NotificationContent.payment("OBS7", 100, NotificationContent.now())))
                    .isEqualTo(400);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("reason", "AMOUNT_MISMATCH")
                    .hasLowCardinalityKeyValue("jdpay.kind", "trade")
                    .hasLowCardinalityKeyValue("jdpay.merchant", "default");
        });
    }

    @Test
    void anUnexpectedFailureWhileCheckingIsAnErrorAndTheHandlerIsNotCalled() {
        // The application's own lookup of the expected amount fails: no refusal of JD's, a 503 so that JD retries.
        JdPayExpectedAmounts ordersDown = (merchant, tradeNum) -> {
            throw new IllegalStateException("order database is down");
        };
        this.runner.withBean(JdPayExpectedAmounts.class, () -> ordersDown).run(context -> {
            assertThat(deliver(context, NotificationContent.payment("OBS9", 100, NotificationContent.now())))
                    .isEqualTo(503);

            only(context)
                    .that()
                    .hasLowCardinalityKeyValue("outcome", "ERROR")
                    .hasLowCardinalityKeyValue("reason", "none")
                    .hasLowCardinalityKeyValue("jdpay.kind", "trade")
                    .hasLowCardinalityKeyValue("jdpay.merchant", "default")
                    .hasHighCardinalityKeyValue("jdpay.trade-num", "OBS9")
                    .hasError();
            assertThat(context.getBean(Payments.class).contexts).isEmpty();
        });
    }

    @Test
    void aRefusedSignatureSaysWhichKeyWasTried() {
        NotificationSample forged = HostileNotifications.named("wrong-jd-key");
        JdPayXmlNotificationSource source =
                new JdPayXmlNotificationSource(List.of(JdPayMerchant.builder("shop", TestMerchant.MERCHANT_NO)
                        .cipher(TestMerchant.cipher())
                        .signer(new RsaJdPaySigner(TestMerchant.privateKey()))
                        .verifier(new RsaJdPayVerifier(SimulatorJdKey.publicKey(), "jdpay.jd-public-key"))
                        .build()));

        assertThatThrownBy(() -> source.open(forged.body()))
                .isInstanceOfSatisfying(NotificationRejectedException.class, ex -> {
                    assertThat(ex.getReason()).isEqualTo(NotificationRejectedException.Reason.SIGNATURE);
                    assertThat(ex.getMerchantName()).isEqualTo("shop");
                    assertThat(ex.getMessage())
                            .contains("merchant 'shop'")
                            .contains("jdpay.jd-public-key")
                            .contains("fingerprint " + KeyLoader.fingerprint(SimulatorJdKey.publicKey()));
                });
    }

    /** A store whose database is down. */
    static final class DownStore implements IdempotencyStore {

        @Override
        public Outcome runOnce(String key, Work work) {
            throw new JdPayIdempotencyStoreException("connection refused", null);
        }
    }
}
