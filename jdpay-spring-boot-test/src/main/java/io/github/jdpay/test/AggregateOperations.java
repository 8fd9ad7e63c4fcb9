package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_FOUND;
import static io.github.jdpay.test.SimulatorResultCode.UNSUPPORTED_VERSION;

import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate-pay interfaces (aggregate.md §4): each checks the protocol version, reads the verified plaintext and
 * returns the plaintext of its reply, or throws a result code that the endpoint answers as {@code resultCode: FAIL}.
 */
final class AggregateOperations {

    private final AggregateGateway gateway;

    AggregateOperations(AggregateGateway gateway) {
        this.gateway = gateway;
    }

    /** Handles a request whose fields are read in the table's names; {@code names} is the naming it came in. */
    Map<String, Object> handle(String merchant, RequestFields fields, ScanUrlFieldNames names) {
        checkProtocol(fields);
        return switch (fields.operation()) {
            case "getScanUrl" -> scanUrl(merchant, fields, names);
            case "m/pay" -> barcodePay(merchant, fields);
            case "m/unifiedOrder" -> unifiedOrder(merchant, fields);
            case "m/querytrade" -> this.gateway.tradeFields(find(merchant, fields));
            case "m/refund" -> refund(merchant, fields);
            case "m/queryrefund" -> {
                String outRefundNo = fields.tradeNum("outRefundNo");
                yield this.gateway.refundFields(this.gateway
                        .book
                        .findRefund(merchant, outRefundNo)
                        .orElseThrow(() -> TRADE_NOT_FOUND.exception(null, fields.operation(), outRefundNo)));
            }
            default -> throw new IllegalArgumentException("not an aggregate operation: " + fields.operation());
        };
    }

    /** payx speaks version V1.0.0; apipayx V3.0 with businessCode AGGRE (aggregate.md §1). */
    private static void checkProtocol(RequestFields fields) {
        boolean payx = fields.operation().equals(AggregateEndpoint.SCAN_URL);
        if (!(payx ? "V1.0.0" : "V3.0").equals(fields.optional("version"))) {
            throw UNSUPPORTED_VERSION.exception(null, fields.operation(), fields.optional("outTradeNo"));
        }
        if (!payx && !"AGGRE".equals(fields.optional("businessCode"))) {
            throw fields.invalid("businessCode", "须为AGGRE");
        }
    }

    private Map<String, Object> scanUrl(String merchant, RequestFields fields, ScanUrlFieldNames names) {
        SimulatedOrder order = create(merchant, "SCAN", fields, "successNotifyUrl");
        this.gateway.named(merchant, order.tradeNum(), names);
        String key = this.gateway.book.payKey(merchant, order.tradeNum());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("resultCode", "SUCCESS");
        reply.put("merchantNo", merchant);
        reply.put("outTradeNo", order.tradeNum());
        reply.put("scanUrl", this.gateway.baseUrl + AggregateGateway.CASHIER + "scan?c=" + key);
        return reply;
    }

    private Map<String, Object> barcodePay(String merchant, RequestFields fields) {
        fields.required("authCode");
        SimulatedOrder order = create(merchant, "BAR", fields, "notifyUrl");
        return this.gateway.tradeFields(this.gateway.pay(merchant, order.tradeNum(), fields.operation()));
    }

    private Map<String, Object> unifiedOrder(String merchant, RequestFields fields) {
        SimulatedOrder order = create(merchant, "JSAPI", fields, "notifyUrl");
        Map<String, Object> reply = this.gateway.tradeFields(order);
        reply.put("payInfo", "{\"payUrl\":\"" + order.payUrl() + "\"}");
        reply.put("tradeTime", Gateway.tradeTime(order.createdAt()));
        reply.put("deadlineTime", Gateway.tradeTime(order.expiresAt()));
        return reply;
    }

    private Map<String, Object> refund(String merchant, RequestFields fields) {
        RefundRequest request = new RefundRequest(
                merchant,
                false,
                fields.tradeNum("outRefundNo"),
                fields.tradeNum("outTradeNo"),
                fields.amount("amount"),
                "RMB",
                this.gateway.now(),
                fields.optional("tradeRemark", ""),
                fields.optional("notifyUrl"));
        return this.gateway.refundFields(this.gateway.refund(request, fields.operation()));
    }

    private SimulatedOrder find(String merchant, RequestFields fields) {
        String outTradeNo = fields.optional("outTradeNo");
        String tradeNo = fields.optional("tradeNo");
        Optional<SimulatedOrder> order = (outTradeNo != null)
                ? this.gateway.book.find(merchant, outTradeNo)
                : this.gateway.book.all().stream()
                        .filter(o ->
                                o.merchant().equals(merchant) && o.orderId().equals(tradeNo))
                        .findFirst();
        String named = (outTradeNo != null) ? outTradeNo : String.valueOf(tradeNo);
        return order.orElseThrow(() -> TRADE_NOT_FOUND.exception(null, fields.operation(), named));
    }

    private SimulatedOrder create(String merchant, String channel, RequestFields fields, String notifyField) {
        String outTradeNo = fields.tradeNum("outTradeNo");
        OrderRequest request = new OrderRequest(
                merchant,
                channel,
                outTradeNo,
                fields.amount("amount"),
                "RMB",
                fields.optional("productName", fields.optional("tradeName", fields.optional("remark", ""))),
                fields.optional("remark", ""),
                fields.optional("userId"),
                fields.optional(notifyField),
                fields.optional("successPageUrl"),
                fields.expireSeconds(),
                fields.all());
        return this.gateway.book.create(request, fields.operation());
    }
}
