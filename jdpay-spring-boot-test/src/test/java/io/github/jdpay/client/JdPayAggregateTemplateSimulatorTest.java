package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefund;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateTrade;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrder;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.model.aggregate.PiType;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.OrderState;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.junit.JdPaySimulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate-pay operation against the simulator, the whole way there and back: JD's refusals, a wrong MD5 key,
 * retried queries, and unknown outcomes for calls that create orders or move money, which a query then settles.
 */
@JdPaySimulatorTest
class JdPayAggregateTemplateSimulatorTest {

    private static final String M = TestMerchant.MERCHANT_NO;

    private JdPaySimulator jd;

    private JdPayAggregateTemplate aggregate;

    @BeforeEach
    void template(JdPaySimulator simulator) {
        this.jd = simulator;
        this.aggregate = SimulatorTemplates.aggregateTemplate(simulator, TestMerchant.MD5_KEY)
                .build();
    }

    private static AggregatePayRequest codePayment(String outTradeNo, long fen) {
        return AggregatePayRequest.builder()
                .outTradeNo(outTradeNo)
                .amount(Money.ofFen(fen))
                .authCode("134567890123456789")
                .productName("龙井茶")
                .build();
    }

    private static AggregateRefundRequest refund(String outRefundNo, String outTradeNo, long fen) {
        return AggregateRefundRequest.builder()
                .outRefundNo(outRefundNo)
                .outTradeNo(outTradeNo)
                .amount(Money.ofFen(fen))
                .build();
    }

    @Test
    void aScanUrlOrderIsPaidByThePayerAndQueried() {
        ScanUrl code = this.aggregate.getScanUrl(ScanUrlRequest.builder()
                .outTradeNo("scan-1")
                .amount(Money.ofFen(1990))
                .expireTime(Duration.ofMinutes(10))
                .remark("小白兔买糖")
                .piTypes(PiType.JDPAY, PiType.WX)
                .build());
        AggregateTrade before = this.aggregate.queryTrade("scan-1");
        this.jd.aggregate().pay(M, "scan-1");
        AggregateTrade after = this.aggregate.queryTrade("scan-1");

        assertThat(code.url().toString()).startsWith(this.jd.aggregateUrl() + "/scan?c=");
        assertThat(before.payStatus()).isEqualTo(PayStatus.PROCESSING);
        assertThat(before.isPaid()).isFalse();
        assertThat(after.payStatus()).isEqualTo(PayStatus.FINISH);
        assertThat(after.amount()).isEqualTo(Money.ofFen(1990));
        assertThat(after.payFinishTime()).isNotNull();
        assertThat(after.tradeNo()).hasSize(22);
    }

    @Test
    void aPaymentCodeIsChargedAtOnceAndRefundedInParts() {
        AggregateTrade paid = this.aggregate.pay(codePayment("code-1", 100));
        AggregateRefund first = this.aggregate.refund(refund("code-1-r1", "code-1", 30));
        AggregateRefund queried = this.aggregate.queryRefund("code-1-r1");

        assertThat(paid.payStatus()).isEqualTo(PayStatus.FINISH);
        assertThat(paid.outTradeNo()).isEqualTo("code-1");
        assertThat(first.isRefunded()).isTrue();
        assertThat(first.amount()).isEqualTo(Money.ofFen(30));
        assertThat(queried).isEqualTo(first);
        assertThat(this.aggregate.queryTrade("code-1").payStatus()).isEqualTo(PayStatus.REFUND);
        assertThatThrownBy(() -> this.aggregate.refund(refund("code-1-r2", "code-1", 71)))
                .isInstanceOfSatisfying(JdPayApiException.class, ex -> {
                    assertThat(ex.getCode()).isEqualTo("RFND900001");
                    assertThat(ex.getOperation()).isEqualTo("m/refund");
                    assertThat(ex.getTradeNum()).isEqualTo("code-1-r2");
                });
    }

    @Test
    void aUnifiedOrderWaitsForThePayersWallet() {
        AggregateUnifiedOrder order = this.aggregate.unifiedOrder(AggregateUnifiedOrderRequest.builder()
                .outTradeNo("jsapi-1")
                .amount(Money.ofFen(9))
                .piType(PiType.WX)
                .productName("咖啡")
                .openId("o-payer-1")
                .build());
        this.jd.aggregate().pay(M, "jsapi-1");

        assertThat(order.payInfo()).contains(this.jd.aggregateUrl());
        assertThat(order.deadlineTime()).isAfter(order.tradeTime());
        assertThat(this.aggregate.queryTrade("jsapi-1").isPaid()).isTrue();
    }

    @Test
    void jdsRefusalsAreTyped() {
        this.jd.faults().next("m/refund").resultCode("RFND100008", "可用余额不足");
        this.aggregate.pay(codePayment("refused-1", 100));

        assertThatThrownBy(() -> this.aggregate.queryTrade("nobody"))
                .isInstanceOfSatisfying(
                        JdPayApiException.class, ex -> assertThat(ex.getCode()).isEqualTo("TRDE900001"));
        assertThatThrownBy(() -> this.aggregate.refund(refund("refused-1-r", "refused-1", 10)))
                .isInstanceOfSatisfying(
                        JdPayApiException.class, ex -> assertThat(ex.isFinal()).isTrue());
        assertThatThrownBy(() -> this.aggregate.pay(codePayment("refused-1", 100)))
                .isInstanceOfSatisfying(
                        JdPayApiException.class, ex -> assertThat(ex.getCode()).isEqualTo("TRDE900003"));
    }

    @Test
    void aWrongMd5KeyIsRefusedByJdBeforeAnything() {
        JdPayAggregateTemplate wrongKey =
                SimulatorTemplates.aggregateTemplate(this.jd, "not-the-md5-key").build();

        assertThatThrownBy(() -> wrongKey.pay(codePayment("wrong-key-1", 100)))
                .isExactlyInstanceOf(JdPayApiException.class)
                .hasMessageContaining("GATE900006");
        assertThat(this.jd.aggregate().findOrder(M, "wrong-key-1")).isEmpty();
    }

    @Test
    void queriesAreRetriedAndTheRetriesAreBounded() {
        this.aggregate.pay(codePayment("retry-1", 100));
        this.jd.faults().next("m/querytrade", 2).httpStatus(503);
        this.jd.faults().next("m/queryrefund", 2).connectionReset();

        assertThat(this.aggregate.queryTrade("retry-1").isPaid()).isTrue();
        assertThatThrownBy(() -> this.aggregate.queryRefund("retry-1-none")).isInstanceOf(JdPayApiException.class);
        this.jd.faults().next("m/querytrade", 3).httpStatus(502);
        assertThatThrownBy(() -> this.aggregate.queryTrade("retry-1"))
                .isExactlyInstanceOf(JdPayTransportException.class)
                .hasMessageContaining("HTTP 502");
        assertThat(this.jd.faults().pending()).isZero();
    }

    @Test
    void aLostAnswerToAPaymentLeavesItsOutcomeUnknownUntilAQuerySettlesIt() {
        this.jd.faults().next("m/pay").replyLost();

        assertThatThrownBy(() -> this.aggregate.pay(codePayment("lost-1", 100)))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getTradeNum()).isEqualTo("lost-1");
                    assertThat(ex.getOperation()).isEqualTo("m/pay");
                });
        // The payment took effect; it was tried once, never again.
        assertThat(this.aggregate.queryTrade("lost-1").isPaid()).isTrue();
        assertThat(this.jd.aggregate().order(M, "lost-1").state()).isEqualTo(OrderState.PAID);
    }

    @Test
    void anUntrustworthyAnswerToARefundLeavesItsOutcomeUnknown() {
        this.aggregate.pay(codePayment("forged-1", 100));
        this.jd.faults().next("m/refund").badSignature();
        this.jd.faults().next("m/unifiedOrder").httpStatus(503);

        assertThatThrownBy(() -> this.aggregate.refund(refund("forged-1-r", "forged-1", 40)))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getTradeNum()).isEqualTo("forged-1-r");
                    assertThat(ex.getCause()).isInstanceOf(JdPaySignatureException.class);
                });
        assertThat(this.aggregate.queryRefund("forged-1-r").isRefunded()).isTrue();
        assertThatThrownBy(() -> this.aggregate.unifiedOrder(AggregateUnifiedOrderRequest.builder()
                        .outTradeNo("busy-1")
                        .amount(Money.ofFen(1))
                        .piType(PiType.ALIPAY)
                        .build()))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> assertThat(ex.getTradeNum())
                        .isEqualTo("busy-1"));
        assertThat(this.jd.faults().pending()).isZero();
    }
}
