package io.github.jdpay.test;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of the simulator to deliver a notification, as recorded for assertions.
 *
 * @param sequence position among all deliveries of the simulator, from 1
 * @param merchant merchant number
 * @param tradeNum the notification's trade number (the refund's own for a refund)
 * @param tradeType {@code 0} payment, {@code 1} refund
 * @param attempt 1 to 5, per JD's schedule
 * @param duplicate whether this is the second copy of an attempt sent by an injected duplicate-delivery fault
 * @param dueAt when JD's schedule puts the attempt: first attempt plus 0, 1, 3, 10 or 120 minutes (simulator clock)
 * @param sentAt when it was actually sent, on the simulator clock
 * @param url the notification URL
 * @param httpStatus the receiver's HTTP status, 0 when there was no answer
 * @param responseBody the receiver's answer body
 * @param error why there was no answer (connection refused, timeout, host not allowed)
 * @param requestBody the envelope that was posted
 */
public record NotificationDelivery(
        long sequence,
        String merchant,
        String tradeNum,
        String tradeType,
        int attempt,
        boolean duplicate,
        Instant dueAt,
        Instant sentAt,
        String url,
        int httpStatus,
        @Nullable String responseBody,
        @Nullable String error,
        String requestBody) {

    /** The answers JD takes as an acknowledgement, after trimming. */
    public static final Set<String> ACKNOWLEDGEMENTS = Set.of("success", "ok");

    public NotificationDelivery {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(requestBody, "requestBody");
    }

    /** Whether the receiver acknowledged: a 2xx answer whose trimmed body is {@code success} or {@code ok}. */
    public boolean acknowledged() {
        return this.error == null
                && this.httpStatus >= 200
                && this.httpStatus < 300
                && this.responseBody != null
                && ACKNOWLEDGEMENTS.contains(this.responseBody.trim());
    }

    /** Whether this is a refund notification. */
    public boolean isRefund() {
        return "1".equals(this.tradeType);
    }
}
