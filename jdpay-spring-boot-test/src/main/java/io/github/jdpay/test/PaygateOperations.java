package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_FOUND;

import io.github.jdpay.protocol.XmlNode;
import io.github.jdpay.test.notify.PayList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paygate XML interfaces (jdpay-v2.md §7): each reads the verified request fields and returns the business fields
 * of its answer, in the order JD's responses carry them, or throws a JD result code.
 */
final class PaygateOperations {

    private final Gateway gateway;

    PaygateOperations(Gateway gateway) {
        this.gateway = gateway;
    }

    List<XmlNode> handle(SimulatedMerchant merchant, RequestFields fields) {
        return switch (fields.operation()) {
            case "uniorder" -> uniorder(merchant, fields);
            case "fkmPay" -> fkmPay(merchant, fields);
            case "query" -> query(merchant.merchantNo(), fields);
            case "queryRefund" -> queryRefund(merchant.merchantNo(), fields);
            case "refund" -> refund(merchant.merchantNo(), fields, false);
            case "revoke" -> refund(merchant.merchantNo(), fields, true);
            case "getUserRelation" ->
                List.of(XmlNode.leaf(
                        "isHas",
                        String.valueOf(this.gateway.book.isBound(merchant.merchantNo(), fields.required("userId")))));
            case "queryBaiTiaoFQ" -> SimulatedInstalments.answer(fields.tradeNum("tradeNum"), fields.amount("amount"));
            case "cancelUserRelation" -> {
                this.gateway.book.unbind(merchant.merchantNo(), fields.required("userId"));
                yield List.of();
            }
            default -> throw new IllegalArgumentException("not a paygate operation: " + fields.operation());
        };
    }

    private List<XmlNode> uniorder(SimulatedMerchant merchant, RequestFields fields) {
        String tradeType = fields.optional("tradeType", "GEN").toUpperCase(Locale.ROOT);
        if (!tradeType.equals("GEN") && !tradeType.equals("QR")) {
            throw fields.invalid("tradeType", "须为GEN或QR");
        }
        fields.required("tradeName");
        OrderRequest request = OrderRequests.read(merchant.merchantNo(), tradeType, fields, true, true);
        SimulatedOrder order = this.gateway.create(request, fields.operation());
        XmlNode.Builder answer = XmlNode.builder("answer")
                .add("orderId", order.orderId())
                .add("merchantName", merchant.name())
                .add("amount", order.amount())
                .add("expireTime", request.expireSeconds())
                .add("tradeNum", order.tradeNum());
        if (tradeType.equals("QR")) {
            String key = this.gateway.book.payKey(order.merchant(), order.tradeNum());
            answer.add("qrCode", this.gateway.baseUrl + CashierEndpoint.QR_CODE + "?c=" + key);
        }
        return answer.build().children();
    }

    private List<XmlNode> fkmPay(SimulatedMerchant merchant, RequestFields fields) {
        fields.required("token");
        OrderRequest request = OrderRequests.read(merchant.merchantNo(), "FKM", fields, true, false);
        this.gateway.create(request, fields.operation());
        SimulatedOrder paid = this.gateway.pay(merchant.merchantNo(), request.tradeNum(), null, fields.operation());
        return XmlNode.builder("answer")
                .add("tradeNum", paid.tradeNum())
                .add("amount", paid.amount())
                .add("currency", paid.currency())
                .add("tradeTime", fields.optional("tradeTime", tradeTime(paid.paidAt())))
                .add("note", paid.note())
                .add("status", paid.queryStatus())
                .build()
                .children();
    }

    private List<XmlNode> query(String merchant, RequestFields fields) {
        String tradeType = fields.optional("tradeType", "0");
        String tradeNum = fields.tradeNum("tradeNum");
        if (tradeType.equals("1")) {
            SimulatedRefund refund = this.gateway
                    .book
                    .findRefund(merchant, tradeNum)
                    .filter(r ->
                            fields.optional("oTradeNum", r.originalTradeNum()).equals(r.originalTradeNum()))
                    .orElseThrow(() -> TRADE_NOT_FOUND.exception(null, fields.operation(), tradeNum));
            return refundFields(refund);
        }
        if (!tradeType.equals("0")) {
            throw fields.invalid("tradeType", "须为0或1");
        }
        SimulatedOrder order = this.gateway
                .book
                .find(merchant, tradeNum)
                .orElseThrow(() -> TRADE_NOT_FOUND.exception(null, fields.operation(), tradeNum));
        XmlNode.Builder answer = XmlNode.builder("answer")
                .add("tradeNum", order.tradeNum())
                .add("tradeType", "0")
                .add("amount", order.amount())
                .add("status", order.queryStatus())
                .add("note", order.note());
        if (order.paidAt() != null) {
            answer.add(PayList.of(order.amount(), order.currency(), tradeTime(order.paidAt())));
        }
        return answer.build().children();
    }

    private List<XmlNode> queryRefund(String merchant, RequestFields fields) {
        String originalTradeNum = fields.tradeNum("oTradeNum");
        SimulatedOrder order = this.gateway
                .book
                .find(merchant, originalTradeNum)
                .orElseThrow(() -> TRADE_NOT_FOUND.exception(null, fields.operation(), originalTradeNum));
        List<XmlNode> refunds = new ArrayList<>();
        for (SimulatedRefund refund : order.refunds()) {
            refunds.add(XmlNode.element("refund", refundFields(refund)));
        }
        return List.of(XmlNode.element("refList", refunds));
    }

    private List<XmlNode> refund(String merchant, RequestFields fields, boolean revoke) {
        RefundRequest request = new RefundRequest(
                merchant,
                revoke,
                fields.tradeNum("tradeNum"),
                fields.tradeNum("oTradeNum"),
                fields.amount("amount"),
                fields.currency(),
                fields.optional("tradeTime", this.gateway.now()),
                fields.optional("note", ""),
                fields.optional("notifyUrl"));
        SimulatedRefund refund = this.gateway.refund(request, fields.operation());
        List<XmlNode> answer = new ArrayList<>(refundFields(refund));
        if (!revoke) {
            // JD's refund answer (vector R4) has no tradeType; its revoke answer (R5) has one.
            answer.removeIf(node -> node.name().equals("tradeType"));
        }
        return answer;
    }

    /** A refund's fields in JD's order: tradeNum, tradeType, oTradeNum, amount, currency, tradeTime, note, status. */
    private static List<XmlNode> refundFields(SimulatedRefund refund) {
        return XmlNode.builder("refund")
                .add("tradeNum", refund.tradeNum())
                .add("tradeType", refund.tradeType())
                .add("oTradeNum", refund.originalTradeNum())
                .add("amount", refund.amount())
                .add("currency", refund.currency())
                .add("tradeTime", refund.tradeTime())
                .add("note", refund.note())
                .add("status", refund.status())
                .build()
                .children();
    }

    private static String tradeTime(Instant instant) {
        return Gateway.tradeTime(instant);
    }
}
