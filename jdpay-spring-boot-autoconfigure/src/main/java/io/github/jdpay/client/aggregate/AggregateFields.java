package io.github.jdpay.client.aggregate;

import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.JdTime;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregateOrder;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.PiType;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns validated aggregate requests into JD's plaintext fields for the merchant, filling in its configured
 * notification URL and the current time. Absent fields are left out (the codec never sends blanks). Nothing here
 * signs or sends.
 */
final class AggregateFields {

    static final String SCAN_VERSION = "V1.0.0";

    static final String API_VERSION = "V3.0";

    static final String BUSINESS_CODE = "AGGRE";

    static final String CURRENCY = "RMB";

    private final JdPayAggregateMerchant merchant;

    private final Clock clock;

    AggregateFields(JdPayAggregateMerchant merchant, Clock clock) {
        this.merchant = merchant;
        this.clock = clock;
    }

    /** payx's fields in the order of its document (and of aggregate.md §2.3); the amount is a string there. */
    Map<String, Object> scanUrl(ScanUrlRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", SCAN_VERSION);
        fields.put("systemId", this.merchant.systemId());
        fields.put("merchantNo", this.merchant.merchantNo());
        fields.put("outTradeNo", request.outTradeNo());
        fields.put("amount", Long.toString(request.amount().fen()));
        putIfPresent(fields, "successNotifyUrl", notifyUrl(request.successNotifyUrl()));
        Duration expireTime = request.expireTime();
        putIfPresent(fields, "expireTime", (expireTime != null) ? Long.toString(expireTime.toSeconds()) : null);
        putIfPresent(fields, "remark", request.remark());
        putIfPresent(fields, "tradeName", request.tradeName());
        putIfPresent(fields, "tradeDesc", request.tradeDesc());
        putIfPresent(fields, "userId", request.userId());
        putIfPresent(fields, "successPageUrl", request.successPageUrl());
        putIfPresent(
                fields, "piType", request.piTypes().stream().map(PiType::name).collect(Collectors.joining(",")));
        putIfPresent(fields, "outTradeIp", request.outTradeIp());
        putIfPresent(fields, "extMap", request.extMap());
        return fields;
    }

    Map<String, Object> pay(AggregatePayRequest request) {
        Map<String, Object> fields = order(request.order());
        fields.put("authCode", request.authCode());
        putIfPresent(fields, "piType", name(request.piType()));
        putIfPresent(fields, "shopId", request.shopId());
        putIfPresent(fields, "shopName", request.shopName());
        putIfPresent(fields, "operId", request.operId());
        return fields;
    }

    Map<String, Object> unifiedOrder(AggregateUnifiedOrderRequest request) {
        Map<String, Object> fields = order(request.order());
        fields.put("piType", request.piType().name());
        putIfPresent(fields, "openId", request.openId());
        putIfPresent(fields, "appId", request.appId());
        putIfPresent(fields, "gatewayPayMethod", name(request.gatewayPayMethod()));
        return fields;
    }

    Map<String, Object> queryTrade(String outTradeNo) {
        Map<String, Object> fields = api(false);
        fields.put("outTradeNo", outTradeNo);
        return fields;
    }

    Map<String, Object> refund(AggregateRefundRequest request) {
        Map<String, Object> fields = api(true);
        fields.put("outTradeNo", request.outTradeNo());
        fields.put("outRefundNo", request.outRefundNo());
        fields.put("amount", fen(request.amount()));
        fields.put("currency", CURRENCY);
        putIfPresent(fields, "notifyUrl", notifyUrl(request.notifyUrl()));
        putIfPresent(fields, "tradeRemark", request.tradeRemark());
        putIfPresent(fields, "returnParams", request.returnParams());
        return fields;
    }

    Map<String, Object> queryRefund(String outRefundNo) {
        Map<String, Object> fields = api(false);
        fields.put("outRefundNo", outRefundNo);
        return fields;
    }

    /** What every apipayx call starts with; {@code systemId} where JD's request types carry it. */
    private Map<String, Object> api(boolean withSystemId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("merchantNo", this.merchant.merchantNo());
        fields.put("businessCode", BUSINESS_CODE);
        fields.put("version", API_VERSION);
        if (withSystemId) {
            fields.put("systemId", this.merchant.systemId());
        }
        return fields;
    }

    private Map<String, Object> order(AggregateOrder order) {
        Map<String, Object> fields = api(true);
        fields.put("outTradeNo", order.outTradeNo());
        fields.put("amount", fen(order.amount()));
        fields.put("currency", CURRENCY);
        putIfPresent(fields, "productName", order.productName());
        putIfPresent(fields, "remark", order.remark());
        putIfPresent(fields, "notifyUrl", notifyUrl(order.notifyUrl()));
        putIfPresent(fields, "outTradeIp", order.outTradeIp());
        putIfPresent(fields, "returnParams", order.returnParams());
        Instant tradeTime = order.tradeTime();
        fields.put("tradeTime", JdTime.format((tradeTime != null) ? tradeTime : this.clock.instant()));
        Instant deadlineTime = order.deadlineTime();
        putIfPresent(fields, "deadlineTime", (deadlineTime != null) ? JdTime.format(deadlineTime) : null);
        putIfPresent(fields, "deviceInfo", order.deviceInfo());
        putIfPresent(fields, "goodsInfoList", order.goodsInfoList());
        putIfPresent(fields, "extMap", order.extMap());
        return fields;
    }

    /** The request's own notification URL, else the merchant's; without either JD sends no notification. */
    private @Nullable String notifyUrl(@Nullable String own) {
        return (own != null) ? own : this.merchant.notifyUrl();
    }

    /** V3.0 amounts are JSON numbers of fen (payx's is a string). */
    private static Long fen(Money amount) {
        return amount.fen();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return (value != null) ? value.name() : null;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }
}
