package io.github.jdpay.test;

import org.jspecify.annotations.Nullable;

/** A refund or revoke request as the refund and revoke interfaces receive it. */
record RefundRequest(
        String merchant,
        boolean revoke,
        String tradeNum,
        String originalTradeNum,
        long amount,
        String currency,
        String tradeTime,
        String note,
        @Nullable String notifyUrl) {

    /** Whether an earlier refund with the same number asked for the same thing, so the answer may be repeated. */
    boolean sameAs(SimulatedRefund earlier) {
        return earlier.revoke() == this.revoke
                && earlier.originalTradeNum().equals(this.originalTradeNum)
                && earlier.amount() == this.amount;
    }
}
