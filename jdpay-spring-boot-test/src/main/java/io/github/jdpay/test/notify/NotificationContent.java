package io.github.jdpay.test.notify;

import io.github.jdpay.protocol.JdPayResult;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a JD Pay 2.0 asynchronous notification says (jdpay-v2.md §9): a payment ({@code tradeType} 0, status 2) or a
 * refund ({@code tradeType} 1, status 1).
 *
 * @param tradeType {@code 0} payment, {@code 1} refund
 * @param tradeNum the payment's trade number, or the refund's own
 * @param originalTradeNum the paid order's trade number, for refunds
 * @param amount amount in fen
 * @param currency currency, {@code CNY}
 * @param tradeTime {@code yyyyMMddHHmmss}
 * @param note the merchant's note, echoed
 * @param status {@code 2} paid, for payments; {@code 1} refunded, for refunds
 * @param result the signed {@code <result>}, success unless a test wants otherwise
 */
public record NotificationContent(
        String tradeType,
        String tradeNum,
        @Nullable String originalTradeNum,
        long amount,
        String currency,
        String tradeTime,
        String note,
        String status,
        JdPayResult result) {

    private static final java.time.format.DateTimeFormatter JD_TIME = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyyMMddHHmmss")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** JD's notification result: success, described as {@code success} as in JD's own notifications. */
    public static final JdPayResult SUCCESS = new JdPayResult(JdPayResult.SUCCESS_CODE, "success");

    public NotificationContent {
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tradeTime, "tradeTime");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
    }

    /** A successful payment of {@code amount} fen. */
    /**
     * The current time as JD writes trade times ({@code yyyyMMddHHmmss}, Beijing): a notification a test signs must
     * fall inside the endpoint's replay window, {@code jdpay.notify.max-age}.
     */
    public static String now() {
        return JD_TIME.format(java.time.Instant.now());
    }

    public static NotificationContent payment(String tradeNum, long amount, String tradeTime) {
        return new NotificationContent("0", tradeNum, null, amount, "CNY", tradeTime, "", "2", SUCCESS);
    }

    /** A successful refund of {@code amount} fen against the payment {@code originalTradeNum}. */
    public static NotificationContent refund(String tradeNum, String originalTradeNum, long amount, String tradeTime) {
        return new NotificationContent("1", tradeNum, originalTradeNum, amount, "CNY", tradeTime, "", "1", SUCCESS);
    }

    /** Whether this is a refund notification. */
    public boolean isRefund() {
        return "1".equals(this.tradeType);
    }

    /** The same notification with another note. */
    public NotificationContent withNote(String note) {
        return new NotificationContent(
                this.tradeType,
                this.tradeNum,
                this.originalTradeNum,
                this.amount,
                this.currency,
                this.tradeTime,
                note,
                this.status,
                this.result);
    }

    /** The same notification with another status. */
    public NotificationContent withStatus(String status) {
        return new NotificationContent(
                this.tradeType,
                this.tradeNum,
                this.originalTradeNum,
                this.amount,
                this.currency,
                this.tradeTime,
                this.note,
                status,
                this.result);
    }

    /** The same notification with another signed result. */
    public NotificationContent withResult(JdPayResult result) {
        return new NotificationContent(
                this.tradeType,
                this.tradeNum,
                this.originalTradeNum,
                this.amount,
                this.currency,
                this.tradeTime,
                this.note,
                this.status,
                result);
    }
}
