package io.github.jdpay.model;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A merchant QR payment ({@code customerPay}, 商户二维码): for a fixed amount ({@code DRCT}), or with no amount, so that
 * the payer types it at JD's page ({@code CUST}). Build one with {@link #fixedAmount} or {@link #payerTyped}.
 *
 * @param tradeNum the merchant's unique number of this payment
 * @param tradeName what is paid for, at most 32 characters
 * @param amount the amount for {@code DRCT}; {@code null} for {@code CUST}
 * @param tradeTime when the order was made; now when {@code null}
 * @param note remark echoed in the callback and notification, at most 256 characters
 * @param notifyUrl where JD posts the notification; the merchant's when {@code null}
 * @param callbackUrl where JD sends the browser after payment; the merchant's when {@code null}
 * @param device store or device number (门店号), at most 32 characters
 * @param expireTime how long the code can be paid; JD's default when {@code null}
 */
public record CustomerPayRequest(
        String tradeNum,
        String tradeName,
        @Nullable Money amount,
        @Nullable Instant tradeTime,
        @Nullable String note,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl,
        @Nullable String device,
        @Nullable Duration expireTime) {

    public CustomerPayRequest {
        tradeNum = FieldRules.tradeNum("tradeNum", tradeNum);
        tradeName = FieldRules.required("tradeName", tradeName, 32);
        if (amount != null) {
            amount = FieldRules.positive("amount", amount);
        }
        note = FieldRules.optional("note", note, 256);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        callbackUrl = FieldRules.url("callbackUrl", callbackUrl);
        device = FieldRules.optional("device", device, 32);
        if (expireTime != null && (expireTime.isNegative() || expireTime.isZero() || expireTime.getNano() != 0)) {
            throw new io.github.jdpay.exception.JdPayValidationException(
                    "expireTime", "must be a positive whole number of seconds");
        }
    }

    /** A code for {@code amount}, which the payer only confirms ({@code DRCT}). */
    public static CustomerPayRequest fixedAmount(String tradeNum, String tradeName, Money amount) {
        return new CustomerPayRequest(
                tradeNum, tradeName, FieldRules.present("amount", amount), null, null, null, null, null, null);
    }

    /** A code without an amount: the payer types it ({@code CUST}). */
    public static CustomerPayRequest payerTyped(String tradeNum, String tradeName) {
        return new CustomerPayRequest(tradeNum, tradeName, null, null, null, null, null, null, null);
    }

    /** This request with its remark, URLs, device and validity; {@code null} leaves a value unset. */
    public CustomerPayRequest with(
            @Nullable String note,
            @Nullable String notifyUrl,
            @Nullable String callbackUrl,
            @Nullable String device,
            @Nullable Duration expireTime) {
        return new CustomerPayRequest(
                this.tradeNum,
                this.tradeName,
                this.amount,
                this.tradeTime,
                note,
                notifyUrl,
                callbackUrl,
                device,
                expireTime);
    }

    /** JD's {@code tradeType}: {@code CUST} when the payer types the amount, {@code DRCT} otherwise. */
    public String tradeType() {
        return (this.amount == null) ? "CUST" : "DRCT";
    }
}
