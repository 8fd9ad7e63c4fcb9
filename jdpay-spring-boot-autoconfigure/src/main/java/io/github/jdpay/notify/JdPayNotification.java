package io.github.jdpay.notify;

import io.github.jdpay.model.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification from JD that was decrypted and verified, of any kind: what the endpoint needs to check, log and
 * dispatch it. Implementations are immutable records that keep personal data out of {@code toString()}.
 */
public interface JdPayNotification {

    /** Name the merchant is configured under: {@code default} for the top-level {@code jdpay.*} merchant. */
    String merchantName();

    /** JD's merchant number. */
    String merchantNo();

    /** The merchant trade number the notification is about: the order's, or a refund's own. */
    String tradeNum();

    /** The amount the notification reports for {@link #tradeNum()}. */
    Money amount();

    /**
     * When, by JD's signed content, the event happened (a payment's or refund's trade time): the endpoint refuses a
     * notification older than {@code jdpay.notify.max-age}, so a captured one cannot be replayed after its record is
     * forgotten. {@code null} when the notification carries no such time.
     */
    default @Nullable Instant signedTime() {
        return null;
    }
}
