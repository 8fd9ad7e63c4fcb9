package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.JdTime;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns validated requests into JD's plaintext fields for one merchant, filling in what the merchant configured and
 * the current time. Nothing here signs or sends.
 */
final class RequestFields {

    static final String CURRENCY = DocumentReader.CURRENCY;

    private final JdPayMerchant merchant;

    private final Clock clock;

    private final Map<String, String> fields = new LinkedHashMap<>();

    private RequestFields(JdPayMerchant merchant, Clock clock) {
        this.merchant = merchant;
        this.clock = clock;
        put("version", JdPayXmlCodec.VERSION);
        put("merchant", merchant.merchantNo());
    }

    static RequestFields of(JdPayMerchant merchant, Clock clock) {
        return new RequestFields(merchant, clock);
    }

    /** The fields of an order, as uniorder and the cashier forms take them. */
    RequestFields order(UniOrderRequest order) {
        put("tradeNum", order.tradeNum());
        put("tradeName", order.tradeName());
        put("tradeDesc", order.tradeDesc());
        put("tradeTime", tradeTime(order.tradeTime()));
        put("amount", amount(order.amount()));
        put("orderType", order.orderType().code());
        put("currency", CURRENCY);
        put("note", order.note());
        put("notifyUrl", required("notifyUrl", order.notifyUrl(), this.merchant.notifyUrl()));
        put("userId", order.userId());
        put("ip", order.ip());
        put("device", order.device());
        put(
                "expireTime",
                (order.expireTime() != null) ? String.valueOf(order.expireTime().toSeconds()) : null);
        put("industryCategoryCode", order.industryCategoryCode());
        put("payMerchant", order.payMerchant());
        put("goodsInfo", order.goodsInfo());
        return put("riskInfo", order.riskInfo());
    }

    /** Adds the browser's return URL, which only the forms take. */
    RequestFields callbackUrl(UniOrderRequest order) {
        return put("callbackUrl", required("callbackUrl", order.callbackUrl(), this.merchant.callbackUrl()));
    }

    /** Adds what JD's PC/H5 cashier requires beyond an order: the return URL and the payer's user id. */
    RequestFields cashier(UniOrderRequest order) {
        if (order.userId() == null) {
            throw new JdPayValidationException("userId", "is required by JD's cashier");
        }
        return callbackUrl(order);
    }

    RequestFields refund(RefundRequest refund) {
        return giveBack(
                        refund.tradeNum(),
                        refund.originalTradeNum(),
                        refund.amount(),
                        refund.tradeTime(),
                        refund.note(),
                        refund.device())
                .put("notifyUrl", notifyUrl(refund.notifyUrl()));
    }

    RequestFields revoke(RevokeRequest revoke) {
        return giveBack(
                revoke.tradeNum(),
                revoke.originalTradeNum(),
                revoke.amount(),
                revoke.tradeTime(),
                revoke.note(),
                revoke.device());
    }

    /** What refunds and revocations share: they give (part of) a payment back. */
    private RequestFields giveBack(
            String tradeNum,
            String originalTradeNum,
            Money amount,
            @Nullable Instant tradeTime,
            @Nullable String note,
            @Nullable String device) {
        put("tradeNum", tradeNum);
        put("oTradeNum", originalTradeNum);
        put("amount", amount(amount));
        put("currency", CURRENCY);
        put("tradeTime", tradeTime(tradeTime));
        put("note", note);
        return put("device", device);
    }

    RequestFields fkmPay(FkmPayRequest payment) {
        put("token", payment.token());
        put("device", payment.device());
        put("tradeNum", payment.tradeNum());
        put("tradeName", payment.tradeName());
        put("tradeDesc", payment.tradeDesc());
        put("tradeTime", tradeTime(payment.tradeTime()));
        put("amount", amount(payment.amount()));
        put("currency", CURRENCY);
        put("note", payment.note());
        put("notifyUrl", notifyUrl(payment.notifyUrl()));
        put("payMerchant", payment.payMerchant());
        return put("riskInfo", payment.riskInfo());
    }

    RequestFields put(String name, @Nullable String value) {
        if (value != null) {
            this.fields.put(name, value);
        }
        return this;
    }

    Map<String, String> toMap() {
        return this.fields;
    }

    XmlNode toXml() {
        XmlNode.Builder root = XmlNode.builder("jdpay");
        this.fields.forEach(root::add);
        return root.build();
    }

    private String tradeTime(@Nullable Instant tradeTime) {
        return JdTime.format((tradeTime != null) ? tradeTime : this.clock.instant());
    }

    /** The request's own notification URL, else the merchant's; refunds and payment codes may go without. */
    private @Nullable String notifyUrl(@Nullable String own) {
        return (own != null) ? own : this.merchant.notifyUrl();
    }

    private static String amount(Money amount) {
        return Long.toString(amount.fen());
    }

    private static String required(String field, @Nullable String value, @Nullable String configured) {
        if (value != null) {
            return value;
        }
        if (configured == null) {
            throw new JdPayValidationException(field, "is required: set it on the request or configure a default");
        }
        return configured;
    }
}
