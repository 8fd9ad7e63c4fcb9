package io.github.jdpay.model.aggregate;

import static io.github.jdpay.model.FieldRules.optional;

import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The order fields that apipayx's payment-code payment ({@code /m/pay}) and unified order ({@code /m/unifiedOrder})
 * share (aggregate.md §4.4). Checked when built; lengths JD does not document are bounded generously. The currency is
 * always {@code RMB}.
 *
 * @param outTradeNo merchant's unique number for this order, at most 32 letters, digits, {@code _} or {@code -}
 * @param amount amount to pay, more than zero, at most 12 digits of fen
 * @param productName what is sold, shown to the payer, at most 256 characters
 * @param remark merchant's remark, at most 256 characters
 * @param notifyUrl where JD posts the payment notification; {@code null} for the configured one
 * @param outTradeIp payer's IP address, at most 64 characters
 * @param returnParams merchant's parameters JD echoes back, at most 256 characters
 * @param tradeTime when the order was created; {@code null} for the time of the call
 * @param deadlineTime when the order can no longer be paid; JD's default when {@code null}
 * @param deviceInfo JD's {@code deviceInfo} as JSON text ({@code type}, {@code ip}, {@code imei}, ...)
 * @param goodsInfoList JD's {@code goodsInfoList} as JSON text
 * @param extMap JD's {@code extMap} as JSON text
 */
public record AggregateOrder(
        String outTradeNo,
        Money amount,
        @Nullable String productName,
        @Nullable String remark,
        @Nullable String notifyUrl,
        @Nullable String outTradeIp,
        @Nullable String returnParams,
        @Nullable Instant tradeTime,
        @Nullable Instant deadlineTime,
        @Nullable String deviceInfo,
        @Nullable String goodsInfoList,
        @Nullable String extMap) {

    public AggregateOrder {
        outTradeNo = FieldRules.tradeNum("outTradeNo", outTradeNo);
        amount = AggregateRules.amount("amount", amount);
        productName = optional("productName", productName, AggregateRules.TEXT_MAX);
        remark = optional("remark", remark, AggregateRules.TEXT_MAX);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        outTradeIp = optional("outTradeIp", outTradeIp, AggregateRules.ID_MAX);
        returnParams = optional("returnParams", returnParams, AggregateRules.TEXT_MAX);
        deadlineTime = AggregateRules.deadline(tradeTime, deadlineTime);
        deviceInfo = optional("deviceInfo", deviceInfo, AggregateRules.JSON_MAX);
        goodsInfoList = optional("goodsInfoList", goodsInfoList, AggregateRules.JSON_MAX);
        extMap = optional("extMap", extMap, AggregateRules.JSON_MAX);
    }

    @Override
    public String toString() {
        // outTradeIp and deviceInfo identify a person: keep them out of logs.
        return "AggregateOrder[outTradeNo=" + this.outTradeNo + ", amount=" + this.amount + "]";
    }
}
