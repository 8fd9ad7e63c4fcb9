package io.github.jdpay.client;

import static io.github.jdpay.client.SimulatorTemplates.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.observation.JdPayClientObservationContext;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.test.JdPaySimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Every call to the simulator is one {@code jdpay.client.requests} observation, tagged with how it ended. */
class JdPayClientObservationTest {

    private static final JdPaySimulator jd =
            JdPaySimulator.builder().testMerchant().start();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final JdPayTemplate template = SimulatorTemplates.template(jd)
            .restClientBuilder(RestClient.builder().observationRegistry(this.registry))
            .observationRegistry(this.registry)
            .merchant(SimulatorTemplates.merchant(jd).build())
            .build();

    @AfterAll
    static void stop() {
        jd.close();
    }

    private TestObservationRegistryAssert.That onlyCall() {
        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo("jdpay.client.requests", 1);
        return TestObservationRegistryAssert.assertThat(this.registry)
                .hasObservationWithNameEqualTo("jdpay.client.requests");
    }

    @Test
    void aVerifiedAnswerIsASuccessWithTheHttpExchangeAsItsChild() {
        this.template.uniOrder(order("obs-ok", 100), UniOrderTradeType.GEN);

        onlyCall()
                .that()
                .hasContextualNameEqualTo("jdpay uniorder")
                .hasLowCardinalityKeyValue("jdpay.operation", "uniorder")
                .hasLowCardinalityKeyValue("jdpay.merchant", "default")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("jdpay.code", "none")
                .hasHighCardinalityKeyValue("jdpay.trade-num", "obs-ok")
                .doesNotHaveError();
        TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy(contexts -> {
            Observation.Context http = contexts.stream()
                    .filter(context -> "http.client.requests".equals(context.getName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(http.getParentObservation()).isNotNull();
            assertThat(http.getParentObservation().getContextView()).isInstanceOf(JdPayClientObservationContext.class);
        });
    }

    @Test
    void aRetriedQueryIsOneObservationWhoseChildrenAreEveryAttempt() {
        this.template.uniOrder(order("obs-retry", 100), UniOrderTradeType.GEN);
        this.registry.clear();
        jd.faults().next("query", 2).httpStatus(503);

        this.template.queryPayment("obs-retry");

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "query")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS");
        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 3)
                .hasHandledContextsThatSatisfy(contexts -> assertThat(contexts)
                        .filteredOn(context -> "http.client.requests".equals(context.getName()))
                        .allSatisfy(http -> assertThat(http.getParentObservation())
                                .isNotNull()
                                .satisfies(parent -> assertThat(parent.getContextView())
                                        .isInstanceOf(JdPayClientObservationContext.class))));
    }

    @Test
    void jdsRefusalIsAnApiErrorTaggedWithItsCode() {
        jd.faults().next("uniorder").resultCode("TRDE0001", "refused for the test");

        assertThatThrownBy(() -> this.template.uniOrder(order("obs-api", 100), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayApiException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("outcome", "API_ERROR")
                .hasLowCardinalityKeyValue("jdpay.code", "TRDE0001")
                .hasError();
    }

    @Test
    void aLostAnswerToAMoneyMovingCallIsAnUnknownOutcome() {
        jd.faults().next("uniorder").replyLost();

        assertThatThrownBy(() -> this.template.uniOrder(order("obs-lost", 100), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayOutcomeUnknownException.class);

        onlyCall().that().hasLowCardinalityKeyValue("outcome", "OUTCOME_UNKNOWN");
    }

    @Test
    void aRefusedReadIsATransportError() {
        jd.faults().next("query").httpStatus(400);

        assertThatThrownBy(() -> this.template.queryPayment("obs-400")).isInstanceOf(JdPayTransportException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "query")
                .hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR");
    }

    @Test
    void anAnswerThatDoesNotVerifyIsASignatureErrorThatNamesTheKey() {
        jd.faults().next("uniorder").badSignature();
        String fingerprint = KeyLoader.fingerprint(jd.jdPublicKey());

        assertThatThrownBy(() -> this.template.uniOrder(order("obs-sign", 100), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayOutcomeUnknownException.class)
                .cause()
                .isInstanceOf(JdPaySignatureException.class)
                .hasMessageContaining("merchant 'default'")
                .hasMessageContaining("fingerprint " + fingerprint)
                .hasMessageContaining("Check that");

        onlyCall().that().hasLowCardinalityKeyValue("outcome", "SIGNATURE_ERROR");
    }

    @Test
    void aSignatureErrorOnAReadIsThrownAsSuch() {
        this.template.uniOrder(order("obs-sign-read", 100), UniOrderTradeType.GEN);
        jd.faults().next("query").badSignature();

        assertThatThrownBy(() -> this.template.queryPayment("obs-sign-read"))
                .isInstanceOf(JdPaySignatureException.class)
                .hasMessageContaining(KeyLoader.fingerprint(jd.jdPublicKey()));
    }

    @Test
    void aRequestRefusedBeforeSendingIsAValidationErrorAndNothingIsSent() {
        JdPayTemplate withoutNotifyUrl = SimulatorTemplates.template(jd)
                .observationRegistry(this.registry)
                .merchant(SimulatorTemplates.merchant(jd).notifyUrl(null).build())
                .build();

        assertThatThrownBy(() -> withoutNotifyUrl.uniOrder(order("obs-invalid", 100), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayValidationException.class);

        onlyCall().that().hasLowCardinalityKeyValue("outcome", "VALIDATION_ERROR");
        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 0);
    }

    @Test
    void withoutARegistryNoObservationIsMade() {
        JdPayTemplate plain = SimulatorTemplates.template(jd)
                .restClientBuilder(RestClient.builder().observationRegistry(this.registry))
                .merchant(SimulatorTemplates.merchant(jd).build())
                .build();

        plain.uniOrder(order("obs-none", 100), UniOrderTradeType.GEN);

        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo("jdpay.client.requests", 0)
                .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1);
    }
}
