package io.github.jdpay.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verified form JD's cashier makes the browser post to {@code callbackUrl} after payment.
 *
 * <p>It is for the user experience only (show "thank you" or "payment pending"): it travels through the payer's
 * browser, JD's status code here is not consistently documented, and the page is not shown when the payer closes
 * the browser. Decide whether an order is paid from the notification or a query.
 *
 * @param tradeNum the payment's merchant trade number
 * @param amount amount, when sent
 * @param currency currency code, when sent
 * @param tradeTime trade time, when sent
 * @param note merchant's remark, when sent
 * @param status JD's status code as sent ({@code 0} has been observed on success)
 */
public record PageCallback(
        String tradeNum,
        @Nullable Money amount,
        @Nullable String currency,
        @Nullable Instant tradeTime,
        @Nullable String note,
        @Nullable String status) {

    public PageCallback {
        Objects.requireNonNull(tradeNum, "tradeNum");
    }
}
