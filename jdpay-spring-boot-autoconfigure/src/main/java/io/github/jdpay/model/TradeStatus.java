package io.github.jdpay.model;

import org.jspecify.annotations.Nullable;

/** Status of a payment as {@code query} reports it (jdpay-v2.md §11); a payment notification carries {@code 2}. */
public enum TradeStatus {

    /** {@code 0} 创建: the order exists and has not been paid. */
    CREATED("0"),

    /** {@code 1} 处理中: payment is in progress; query again later. */
    PROCESSING("1"),

    /** {@code 2} 成功: paid. */
    SUCCESS("2"),

    /** {@code 3} 失败: payment failed. */
    FAILED("3"),

    /** {@code 4} 关闭: closed, for example revoked before payment; it can no longer be paid. */
    CLOSED("4"),

    /** A code this version does not know: treat the payment as unsettled and query again. */
    UNKNOWN(null);

    private final @Nullable String code;

    TradeStatus(@Nullable String code) {
        this.code = code;
    }

    /** JD's wire code, or {@code null} for {@link #UNKNOWN}. */
    public @Nullable String code() {
        return this.code;
    }

    /** Whether the status will not change any more. */
    public boolean isFinal() {
        return this == SUCCESS || this == FAILED || this == CLOSED;
    }

    /** The status for JD's code; {@link #UNKNOWN} for a code this version does not know. */
    public static TradeStatus fromCode(@Nullable String code) {
        return Codes.find(values(), TradeStatus::code, code, UNKNOWN);
    }
}
