package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.RemoteOperation;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.net.URI;

/**
 * The aggregate-pay interfaces (aggregate.md §4): payx's {@code getScanUrl} takes URL-safe Base64 {@code cipherJson}
 * and plaintext version {@code V1.0.0}; apipayx's {@code /m/*} take hex and {@code V3.0}.
 */
enum AggregateOperation implements RemoteOperation {
    // Creates an order that nobody has paid yet; like uniorder, it is settled by asking rather than by repeating.
    GET_SCAN_URL("getScanUrl", Safety.MOVES_MONEY, "outTradeNo"),
    PAY("m/pay", Safety.MOVES_MONEY, "outTradeNo"),
    UNIFIED_ORDER("m/unifiedOrder", Safety.MOVES_MONEY, "outTradeNo"),
    QUERY_TRADE("m/querytrade", Safety.READ_ONLY, "outTradeNo"),
    REFUND("m/refund", Safety.MOVES_MONEY, "outRefundNo"),
    QUERY_REFUND("m/queryrefund", Safety.READ_ONLY, "outRefundNo");

    private final String wireName;

    private final Safety safety;

    private final String tradeField;

    AggregateOperation(String wireName, Safety safety, String tradeField) {
        this.wireName = wireName;
        this.safety = safety;
        this.tradeField = tradeField;
    }

    @Override
    public String wireName() {
        return this.wireName;
    }

    /** The plaintext field that names the trade, which JD's answer must echo unchanged when it carries it. */
    @Override
    public String tradeField() {
        return this.tradeField;
    }

    @Override
    public Safety safety() {
        return this.safety;
    }

    boolean isPayx() {
        return this == GET_SCAN_URL;
    }

    URI url(JdPayEndpoints endpoints) {
        return isPayx() ? endpoints.aggregate(this.wireName) : endpoints.aggregateApi(this.wireName);
    }

    CipherTextEncoding encoding() {
        return isPayx() ? CipherTextEncoding.BASE64_URL : CipherTextEncoding.HEX;
    }
}
