package io.github.jdpay.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A refund of (part of) a paid order (JD's {@code refund}). Several partial refunds may be made, each with its own
 * {@code tradeNum}, as long as they add up to no more than was paid.
 *
 * <p>A refund that JD refused with a final error (such as {@code RFND100008}, not enough available balance) can only
 * be tried again under a new {@code tradeNum}.
 *
 * @param tradeNum merchant's unique number for this refund, not the payment's
 * @param originalTradeNum {@code tradeNum} of the payment being refunded (JD's {@code oTradeNum})
 * @param amount amount to give back, more than zero
 * @param tradeTime when the refund was created; {@code null} for the time of the call
 * @param notifyUrl where JD posts the refund notification; {@code null} for the configured one
 * @param note merchant's remark, at most 256 characters
 * @param device store or device number, at most 32 characters
 */
public record RefundRequest(
        String tradeNum,
        String originalTradeNum,
        Money amount,
        @Nullable Instant tradeTime,
        @Nullable String notifyUrl,
        @Nullable String note,
        @Nullable String device) {

    public RefundRequest {
        tradeNum = FieldRules.tradeNum("tradeNum", tradeNum);
        originalTradeNum = FieldRules.tradeNum("oTradeNum", originalTradeNum);
        amount = FieldRules.positive("amount", amount);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        note = FieldRules.optional("note", note, 256);
        device = FieldRules.optional("device", device, 32);
    }

    /** Starts a refund; {@code tradeNum}, {@code originalTradeNum} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields of a {@link RefundRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String tradeNum;
        private @Nullable String originalTradeNum;
        private @Nullable Money amount;
        private @Nullable Instant tradeTime;
        private @Nullable String notifyUrl;
        private @Nullable String note;
        private @Nullable String device;

        private Builder() {}

        public Builder tradeNum(String tradeNum) {
            this.tradeNum = tradeNum;
            return this;
        }

        public Builder originalTradeNum(String originalTradeNum) {
            this.originalTradeNum = originalTradeNum;
            return this;
        }

        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        public Builder tradeTime(@Nullable Instant tradeTime) {
            this.tradeTime = tradeTime;
            return this;
        }

        public Builder notifyUrl(@Nullable String notifyUrl) {
            this.notifyUrl = notifyUrl;
            return this;
        }

        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        public Builder device(@Nullable String device) {
            this.device = device;
            return this;
        }

        /**
         * Validates and builds the refund.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public RefundRequest build() {
            return new RefundRequest(
                    FieldRules.present("tradeNum", this.tradeNum),
                    FieldRules.present("oTradeNum", this.originalTradeNum),
                    FieldRules.present("amount", this.amount),
                    this.tradeTime,
                    this.notifyUrl,
                    this.note,
                    this.device);
        }
    }
}
