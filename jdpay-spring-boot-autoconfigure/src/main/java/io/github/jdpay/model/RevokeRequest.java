package io.github.jdpay.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A revocation (JD's {@code revoke}): an unpaid order is closed for good, a paid one is refunded in full.
 *
 * @param tradeNum merchant's unique number for this revocation, not the payment's
 * @param originalTradeNum {@code tradeNum} of the payment being revoked (JD's {@code oTradeNum})
 * @param amount the order's amount, more than zero
 * @param tradeTime when the revocation was created; {@code null} for the time of the call
 * @param note merchant's remark, at most 256 characters
 * @param device store or device number, at most 32 characters
 */
public record RevokeRequest(
        String tradeNum,
        String originalTradeNum,
        Money amount,
        @Nullable Instant tradeTime,
        @Nullable String note,
        @Nullable String device) {

    public RevokeRequest {
        tradeNum = FieldRules.tradeNum("tradeNum", tradeNum);
        originalTradeNum = FieldRules.tradeNum("oTradeNum", originalTradeNum);
        amount = FieldRules.positive("amount", amount);
        note = FieldRules.optional("note", note, 256);
        device = FieldRules.optional("device", device, 32);
    }

    /** Starts a revocation; {@code tradeNum}, {@code originalTradeNum} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields of a {@link RevokeRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String tradeNum;
        private @Nullable String originalTradeNum;
        private @Nullable Money amount;
        private @Nullable Instant tradeTime;
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

        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        public Builder device(@Nullable String device) {
            this.device = device;
            return this;
        }

        /**
         * Validates and builds the revocation.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public RevokeRequest build() {
            return new RevokeRequest(
                    FieldRules.present("tradeNum", this.tradeNum),
                    FieldRules.present("oTradeNum", this.originalTradeNum),
                    FieldRules.present("amount", this.amount),
                    this.tradeTime,
                    this.note,
                    this.device);
        }
    }
}
