package io.github.jdpay.model;

import org.jspecify.annotations.Nullable;

/** Kind of a trade in queries, responses and notifications (jdpay-v2.md §11). */
public enum TradeType {

    /** {@code 0} 消费: a payment. */
    PAYMENT("0"),

    /** {@code 1} 退款: a refund. */
    REFUND("1"),

    /** {@code 2} 撤销: a revocation. */
    REVOKE("2"),

    /** A code this version does not know. */
    UNKNOWN(null);

    private final @Nullable String code;

    TradeType(@Nullable String code) {
        this.code = code;
    }

    /** JD's wire code, or {@code null} for {@link #UNKNOWN}. */
    public @Nullable String code() {
        return this.code;
    }

    /** The type for JD's code; {@link #UNKNOWN} for a code this version does not know. */
    public static TradeType fromCode(@Nullable String code) {
        return Codes.find(values(), TradeType::code, code, UNKNOWN);
    }
}
