package io.github.jdpay.model;

import org.jspecify.annotations.Nullable;

/** Status of a refund or revocation (jdpay-v2.md §11). */
public enum RefundStatus {

    /** {@code 0} 处理中: accepted and in progress; query again later. */
    PROCESSING("0"),

    /** {@code 1} 成功: the money is on its way back to the payer. */
    SUCCESS("1"),

    /** {@code 2} 失败: the refund failed. */
    FAILED("2"),

    /** A code this version does not know: treat the refund as unsettled and query again. */
    UNKNOWN(null);

    private final @Nullable String code;

    RefundStatus(@Nullable String code) {
        this.code = code;
    }

    /** JD's wire code, or {@code null} for {@link #UNKNOWN}. */
    public @Nullable String code() {
        return this.code;
    }

    /** Whether the status will not change any more. */
    public boolean isFinal() {
        return this == SUCCESS || this == FAILED;
    }

    /** The status for JD's code; {@link #UNKNOWN} for a code this version does not know. */
    public static RefundStatus fromCode(@Nullable String code) {
        return Codes.find(values(), RefundStatus::code, code, UNKNOWN);
    }
}
