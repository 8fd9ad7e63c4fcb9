package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.client.observation.JdPayClientObservationContext;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.PiType;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * Every aggregate-pay call to the simulator's aggregate gateway is one {@code jdpay.client.requests} observation, with
 * the same keys as a JD Pay 2.0 call, the aggregate operation's name and the merchant {@code aggregate}: one test per
 * outcome the aggregate path can end in, each HTTP exchange a child of the call's observation.
 */
class JdPayAggregateClientObservationTest {

    private static final JdPaySimulator jd =
            JdPaySimulator.builder().testMerchant().start();

    private static final String NAME = "jdpay.client.requests";

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final JdPayAggregateTemplate aggregate = SimulatorTemplates.aggregateTemplate(jd, TestMerchant.MD5_KEY)
            .restClientBuilder(RestClient.builder().observationRegistry(this.registry))
            .observationRegistry(this.registry)
            .build();

    @AfterAll
    static void stop() {
        jd.close();
    }

    private static AggregatePayRequest codePayment(String outTradeNo) {
        return AggregatePayRequest.builder()
                .outTradeNo(outTradeNo)
                .amount(Money.ofFen(100))
                .authCode("134567890123456789")
                .productName("龙井茶")
                .build();
    }

    private static AggregateRefundRequest refund(String outRefundNo, String outTradeNo) {
        return AggregateRefundRequest.builder()
                .outRefundNo(outRefundNo)
                .outTradeNo(outTradeNo)
                .amount(Money.ofFen(40))
                .build();
    }

    private TestObservationRegistryAssert.That onlyCall() {
        TestObservationRegistryAssert.assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1);
        return TestObservationRegistryAssert.assertThat(this.registry).hasObservationWithNameEqualTo(NAME);
    }

    /** The HTTP client's observations, each with the call's observation as its parent. */
    private List<Observation.Context> httpExchanges() {
        List<Observation.Context> exchanges = new ArrayList<>();
        TestObservationRegistryAssert.assertThat(this.registry)
                .hasHandledContextsThatSatisfy(contexts -> contexts.stream()
                        .filter(context -> "http.client.requests".equals(context.getName()))
                        .forEach(exchanges::add));
        assertThat(exchanges).isNotEmpty().allSatisfy(http -> {
            assertThat(http.getParentObservation()).isNotNull();
            assertThat(http.getParentObservation().getContextView())
                    .isInstanceOfSatisfying(
                            JdPayClientObservationContext.class,
                            parent -> assertThat(parent.getMerchantName()).isEqualTo("aggregate"));
        });
        return exchanges;
    }

    /** Empties the registry after the calls a test needs before the one it observes. */
    private void forget() {
        this.registry.clear();
    }

    @Test
    void aVerifiedPaymentIsASuccessWithTheHttpExchangeAsItsChild() {
        this.aggregate.pay(codePayment("agg-obs-ok"));

        onlyCall()
                .that()
                .hasContextualNameEqualTo("jdpay m/pay")
                .hasLowCardinalityKeyValue("jdpay.operation", "m/pay")
                .hasLowCardinalityKeyValue("jdpay.merchant", "aggregate")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("jdpay.code", "none")
                .hasHighCardinalityKeyValue("jdpay.trade-num", "agg-obs-ok")
                .doesNotHaveError();
        assertThat(httpExchanges()).hasSize(1);
    }

    @Test
    void payxsScanUrlIsObservedUnderItsOwnName() {
        this.aggregate.getScanUrl(ScanUrlRequest.builder()
                .outTradeNo("agg-obs-scan")
                .amount(Money.ofFen(1990))
                .build());

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "getScanUrl")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasHighCardinalityKeyValue("jdpay.trade-num", "agg-obs-scan");
        assertThat(httpExchanges()).hasSize(1);
    }

    @Test
    void aRetriedQueryIsOneObservationWithAnExchangePerAttempt() {
        this.aggregate.pay(codePayment("agg-obs-retry"));
        forget();
        jd.faults().next("m/querytrade", 2).httpStatus(503);

        assertThat(this.aggregate.queryTrade("agg-obs-retry").isPaid()).isTrue();

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/querytrade")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS");
        assertThat(httpExchanges()).hasSize(3);
    }

    @Test
    void jdsRefusalIsAnApiErrorTaggedWithItsCode() {
        this.aggregate.pay(codePayment("agg-obs-api"));
        forget();
        jd.faults().next("m/refund").resultCode("RFND100008", "可用余额不足");

        assertThatThrownBy(() -> this.aggregate.refund(refund("agg-obs-api-r", "agg-obs-api")))
                .isInstanceOf(JdPayApiException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/refund")
                .hasLowCardinalityKeyValue("outcome", "API_ERROR")
                .hasLowCardinalityKeyValue("jdpay.code", "RFND100008")
                .hasHighCardinalityKeyValue("jdpay.trade-num", "agg-obs-api-r")
                .hasError();
    }

    @Test
    void anOuterFailureFlagIsAnApiErrorTaggedWithJdsErrCode() {
        assertThatThrownBy(() -> this.aggregate.queryTrade("agg-obs-nobody")).isInstanceOf(JdPayApiException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/querytrade")
                .hasLowCardinalityKeyValue("outcome", "API_ERROR")
                .hasLowCardinalityKeyValue("jdpay.code", "TRDE900001");
    }

    @Test
    void aLostAnswerToAPaymentIsAnUnknownOutcome() {
        jd.faults().next("m/pay").replyLost();

        assertThatThrownBy(() -> this.aggregate.pay(codePayment("agg-obs-lost")))
                .isInstanceOf(JdPayOutcomeUnknownException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("outcome", "OUTCOME_UNKNOWN")
                .hasLowCardinalityKeyValue("jdpay.code", "none")
                .hasError();
    }

    @Test
    void aBusyGatewayForAUnifiedOrderIsAnUnknownOutcome() {
        jd.faults().next("m/unifiedOrder").httpStatus(503);

        assertThatThrownBy(() -> this.aggregate.unifiedOrder(AggregateUnifiedOrderRequest.builder()
                        .outTradeNo("agg-obs-busy")
                        .amount(Money.ofFen(1))
                        .piType(PiType.ALIPAY)
                        .build()))
                .isInstanceOf(JdPayOutcomeUnknownException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/unifiedOrder")
                .hasLowCardinalityKeyValue("outcome", "OUTCOME_UNKNOWN");
        assertThat(httpExchanges()).hasSize(1);
    }

    @Test
    void aQueryThatKeepsFailingInTransitIsATransportError() {
        jd.faults().next("m/queryrefund", 3).httpStatus(502);

        assertThatThrownBy(() -> this.aggregate.queryRefund("agg-obs-502"))
                .isExactlyInstanceOf(JdPayTransportException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/queryrefund")
                .hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR")
                .hasError();
        assertThat(httpExchanges()).hasSize(3);
    }

    @Test
    void anUnreadableAnswerToAQueryIsATransportError() {
        jd.faults().next("m/querytrade").malformedBody();

        assertThatThrownBy(() -> this.aggregate.queryTrade("agg-obs-garbled"))
                .isInstanceOf(JdPayMalformedMessageException.class);

        onlyCall().that().hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR");
    }

    @Test
    void anAnswerThatDoesNotVerifyToARefundIsASignatureError() {
        this.aggregate.pay(codePayment("agg-obs-sign"));
        forget();
        jd.faults().next("m/refund").badSignature();

        assertThatThrownBy(() -> this.aggregate.refund(refund("agg-obs-sign-r", "agg-obs-sign")))
                .isInstanceOf(JdPayOutcomeUnknownException.class)
                .cause()
                .isInstanceOf(JdPaySignatureException.class);

        onlyCall().that().hasLowCardinalityKeyValue("outcome", "SIGNATURE_ERROR");
    }

    @Test
    void anAnswerThatDoesNotVerifyToAQueryIsASignatureError() {
        this.aggregate.pay(codePayment("agg-obs-sign-read"));
        forget();
        jd.faults().next("m/querytrade").badSignature();

        assertThatThrownBy(() -> this.aggregate.queryTrade("agg-obs-sign-read"))
                .isInstanceOf(JdPaySignatureException.class);

        onlyCall()
                .that()
                .hasLowCardinalityKeyValue("jdpay.operation", "m/querytrade")
                .hasLowCardinalityKeyValue("outcome", "SIGNATURE_ERROR");
    }

    /**
     * The aggregate requests are validated by their builders and the queries' arguments before the call: nothing of
     * the call exists yet, so there is no {@code VALIDATION_ERROR} on this path, and nothing is sent.
     */
    @Test
    void anArgumentRefusedBeforeTheCallMakesNoObservation() {
        assertThatThrownBy(() -> this.aggregate.queryTrade("")).isInstanceOf(JdPayValidationException.class);

        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo(NAME, 0)
                .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 0);
    }

    @Test
    void withoutARegistryNoObservationIsMade() {
        JdPayAggregateTemplate plain = SimulatorTemplates.aggregateTemplate(jd, TestMerchant.MD5_KEY)
                .restClientBuilder(RestClient.builder().observationRegistry(this.registry))
                .build();

        plain.pay(codePayment("agg-obs-none"));

        TestObservationRegistryAssert.assertThat(this.registry)
                .hasNumberOfObservationsWithNameEqualTo(NAME, 0)
                .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1);
    }
}
