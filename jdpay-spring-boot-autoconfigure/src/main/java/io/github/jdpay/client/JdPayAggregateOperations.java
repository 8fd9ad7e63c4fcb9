package io.github.jdpay.client;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefund;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateTrade;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrder;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;

/**
 * Every aggregate-pay (聚合支付) operation for the aggregate merchant, typed; implemented by
 * {@link JdPayAggregateTemplate} and reachable as {@link JdPayOperations#aggregate()}.
 *
 * <p>Each call validates its request before anything is signed ({@link io.github.jdpay.exception.JdPayValidationException}),
 * and either returns JD's verified answer or throws a subtype of {@link io.github.jdpay.exception.JdPayException}:
 * {@link io.github.jdpay.exception.JdPayApiException} when JD refused (its {@code errCode} or {@code code}),
 * {@link io.github.jdpay.exception.JdPayTransportException} when JD could not be reached, and, for the calls that
 * create orders or move money ({@link #getScanUrl}, {@link #pay}, {@link #unifiedOrder}, {@link #refund}),
 * {@link io.github.jdpay.exception.JdPayOutcomeUnknownException} when the call may have reached JD but no trustworthy
 * answer came back: query before trying again. The two queries are retried on transport failures.
 */
public interface JdPayAggregateOperations {

    /** JD's number of the aggregate merchant this instance acts for. */
    String merchantNo();

    /**
     * The QR-code URL of a one-order-one-code payment (payx {@code getScanUrl}). Settle an unknown outcome with
     * {@link #queryTrade(String)}, or by asking again with the same {@code outTradeNo} and content.
     */
    ScanUrl getScanUrl(ScanUrlRequest request);

    /**
     * Takes a payment with the payer's payment code ({@code /m/pay}). A {@link io.github.jdpay.model.aggregate.PayStatus#PROCESSING}
     * answer means the payer is still confirming: query until it settles. Settle an unknown outcome with
     * {@link #queryTrade(String)}.
     */
    AggregateTrade pay(AggregatePayRequest request);

    /**
     * Places a unified order ({@code /m/unifiedOrder}) for a payment in a wallet's page or mini program. Settle an
     * unknown outcome with {@link #queryTrade(String)}.
     */
    AggregateUnifiedOrder unifiedOrder(AggregateUnifiedOrderRequest request);

    /** The state of an order ({@code /m/querytrade}). Retried on transport failures. */
    AggregateTrade queryTrade(String outTradeNo);

    /**
     * Refunds (part of) a paid order ({@code /m/refund}). Settle an unknown outcome with {@link #queryRefund(String)}
     * and try again only with the same {@code outRefundNo}.
     */
    AggregateRefund refund(AggregateRefundRequest request);

    /** The state of a refund ({@code /m/queryrefund}). Retried on transport failures. */
    AggregateRefund queryRefund(String outRefundNo);
}
