package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Codes;
import org.jspecify.annotations.Nullable;

/**
 * JD's aggregate {@code payStatus}. For an order: {@link #PROCESSING} until paid, then {@link #FINISH}, then
 * {@link #REFUND} once (partly) refunded, or {@link #CLOSE}. For a refund: {@link #FINISH} refunded,
 * {@link #PROCESSING} in progress, {@link #CLOSE} failed.
 */
public enum PayStatus {

    /** Paid (an order) or refunded (a refund); JD's notifications also say {@code SUCCEED}. */
    FINISH,

    /** In progress: for a payment-code payment, the payer may still be entering a password. Query again later. */
    PROCESSING,

    /** Closed: the order can no longer be paid, or the refund failed. */
    CLOSE,

    /** The order was paid and has been refunded in part or in full. */
    REFUND,

    /** A status this version does not know: treat the trade as unsettled and query again. */
    UNKNOWN;

    /** The status for JD's code ({@code SUCCEED} is {@link #FINISH}); {@link #UNKNOWN} for one this version does not know. */
    public static PayStatus fromCode(@Nullable String code) {
        if (code != null && code.trim().equals("SUCCEED")) {
            return FINISH;
        }
        return Codes.find(values(), PayStatus::name, code, UNKNOWN);
    }
}
