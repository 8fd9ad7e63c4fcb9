package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefund;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateTrade;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrder;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import java.time.Clock;

/**
 * The aggregate-pay (聚合支付) client: payx's one-order-one-code QR URL and apipayx's payment-code payment, unified
 * order, refund and queries, typed and validated, over Spring's {@code RestClient}.
 *
 * <h2>Share one</h2>
 * A template is immutable and thread-safe and holds the merchant's keys and an HTTP client with its connection pool:
 * create one per application and share it. With the starter, inject the auto-configured one (or reach it as
 * {@code jdPay.aggregate()}):
 * <pre>{@code
 * ScanUrl code = aggregate.getScanUrl(ScanUrlRequest.builder()
 *         .outTradeNo(order.id())
 *         .amount(Money.ofFen(order.fen()))
 *         .expireTime(Duration.ofMinutes(10))
 *         .remark("龙井茶 250g")
 *         .build());
 * showQrCode(code.url());
 * }</pre>
 * Without Spring Boot, build one with {@link #builder()}.
 *
 * <h2>On the wire</h2>
 * The plaintext is compact JSON, MD5-signed over its sorted {@code k=v} pairs with blank fields never sent, and
 * 3DES-encrypted into {@code cipherJson}: URL-safe Base64 for payx, hex for apipayx. Answers are accepted only when
 * they decrypt, verify, name this merchant in the envelope and the plaintext, echo the request's trade number if they
 * carry one, and report success in either of JD's vocabularies.
 *
 * <h2>When a call fails</h2>
 * The queries are retried on transport failures; calls that create orders or move money are tried once, and a lost
 * or untrustworthy answer ends in {@link io.github.jdpay.exception.JdPayOutcomeUnknownException}:
 * <pre>{@code
 * try {
 *     return aggregate.refund(refund);
 * } catch (JdPayOutcomeUnknownException ex) {
 *     return aggregate.queryRefund(refund.outRefundNo());   // JD may have refunded: ask before trying again
 * }
 * }</pre>
 */
public final class JdPayAggregateTemplate implements JdPayAggregateOperations {

    private final AggregateChannel channel;

    private final AggregateFields fields;

    JdPayAggregateTemplate(AggregateChannel channel, Clock clock) {
        this.channel = channel;
        this.fields = new AggregateFields(channel.merchant(), clock);
    }

    /** Starts a template for the aggregate merchant. */
    public static JdPayAggregateTemplateBuilder builder() {
        return new JdPayAggregateTemplateBuilder();
    }

    @Override
    public String merchantNo() {
        return this.channel.merchant().merchantNo();
    }

    @Override
    public ScanUrl getScanUrl(ScanUrlRequest request) {
        String outTradeNo = request.outTradeNo();
        return this.channel.call(
                AggregateOperation.GET_SCAN_URL,
                () -> this.fields.scanUrl(request),
                outTradeNo,
                plain -> ScanUrl.from(plain, outTradeNo));
    }

    @Override
    public AggregateTrade pay(AggregatePayRequest request) {
        return this.channel.call(
                AggregateOperation.PAY,
                () -> this.fields.pay(request),
                request.order().outTradeNo(),
                AggregateTrade::from);
    }

    @Override
    public AggregateUnifiedOrder unifiedOrder(AggregateUnifiedOrderRequest request) {
        return this.channel.call(
                AggregateOperation.UNIFIED_ORDER,
                () -> this.fields.unifiedOrder(request),
                request.order().outTradeNo(),
                AggregateUnifiedOrder::from);
    }

    @Override
    public AggregateTrade queryTrade(String outTradeNo) {
        String checked = FieldRules.tradeNum("outTradeNo", outTradeNo);
        return this.channel.call(
                AggregateOperation.QUERY_TRADE, () -> this.fields.queryTrade(checked), checked, AggregateTrade::from);
    }

    @Override
    public AggregateRefund refund(AggregateRefundRequest request) {
        return this.channel.call(
                AggregateOperation.REFUND,
                () -> this.fields.refund(request),
                request.outRefundNo(),
                AggregateRefund::from);
    }

    @Override
    public AggregateRefund queryRefund(String outRefundNo) {
        String checked = FieldRules.tradeNum("outRefundNo", outRefundNo);
        return this.channel.call(
                AggregateOperation.QUERY_REFUND,
                () -> this.fields.queryRefund(checked),
                checked,
                AggregateRefund::from);
    }

    @Override
    public String toString() {
        return "JdPayAggregateTemplate[" + this.channel.merchant() + "]";
    }
}
