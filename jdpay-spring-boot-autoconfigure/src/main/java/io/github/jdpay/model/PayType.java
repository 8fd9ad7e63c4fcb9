package io.github.jdpay.model;

import org.jspecify.annotations.Nullable;

/** How one part of a payment was paid ({@code payType} in a {@code payList}; jdpay-v2.md §11, medium confidence). */
public enum PayType {

    /** {@code 0} 银行卡: bank card. */
    BANK_CARD("0"),

    /** {@code 1} 白条: JD Baitiao credit. */
    BAITIAO("1"),

    /** {@code 2} 余额: JD account balance. */
    BALANCE("2"),

    /** {@code 3} 优惠券: coupon. */
    COUPON("3"),

    /** {@code 5} 小金库: JD Xiaojinku fund. */
    XIAOJINKU("5"),

    /** A code this version does not know. */
    UNKNOWN(null);

    private final @Nullable String code;

    PayType(@Nullable String code) {
        this.code = code;
    }

    /** JD's wire code, or {@code null} for {@link #UNKNOWN}. */
    public @Nullable String code() {
        return this.code;
    }

    /** The type for JD's code; {@link #UNKNOWN} for a code this version does not know. */
    public static PayType fromCode(@Nullable String code) {
        return Codes.find(values(), PayType::code, code, UNKNOWN);
    }
}
