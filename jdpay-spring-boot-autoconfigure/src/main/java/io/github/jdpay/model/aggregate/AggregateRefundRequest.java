package io.github.jdpay.model.aggregate;

import static io.github.jdpay.model.FieldRules.optional;

import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import org.jspecify.annotations.Nullable;

/**
 * A refund of (part of) a paid aggregate order: apipayx {@code /m/refund}. Several partial refunds may be made, each
 * with its own {@code outRefundNo}, as long as they add up to no more than was paid.
 *
 * @param outRefundNo merchant's unique number for this refund, at most 32 letters, digits, {@code _} or {@code -}
 * @param outTradeNo {@code outTradeNo} of the order being refunded
 * @param amount amount to give back, more than zero, at most 12 digits of fen
 * @param notifyUrl where JD posts the refund notification; {@code null} for the configured one
 * @param tradeRemark merchant's remark, at most 256 characters
 * @param returnParams merchant's parameters JD echoes back, at most 256 characters
 */
public record AggregateRefundRequest(
        String outRefundNo,
        String outTradeNo,
        Money amount,
        @Nullable String notifyUrl,
        @Nullable String tradeRemark,
        @Nullable String returnParams) {

    public AggregateRefundRequest {
        outRefundNo = FieldRules.tradeNum("outRefundNo", outRefundNo);
        outTradeNo = FieldRules.tradeNum("outTradeNo", outTradeNo);
        amount = AggregateRules.amount("amount", amount);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        tradeRemark = optional("tradeRemark", tradeRemark, AggregateRules.TEXT_MAX);
        returnParams = optional("returnParams", returnParams, AggregateRules.TEXT_MAX);
    }

    /** Starts a refund; {@code outRefundNo}, {@code outTradeNo} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields of an {@link AggregateRefundRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String outRefundNo;
        private @Nullable String outTradeNo;
        private @Nullable Money amount;
        private @Nullable String notifyUrl;
        private @Nullable String tradeRemark;
        private @Nullable String returnParams;

        private Builder() {}

        public Builder outRefundNo(String outRefundNo) {
            this.outRefundNo = outRefundNo;
            return this;
        }

        public Builder outTradeNo(String outTradeNo) {
            this.outTradeNo = outTradeNo;
            return this;
        }

        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        public Builder notifyUrl(@Nullable String notifyUrl) {
            this.notifyUrl = notifyUrl;
            return this;
        }

        public Builder tradeRemark(@Nullable String tradeRemark) {
            this.tradeRemark = tradeRemark;
            return this;
        }

        public Builder returnParams(@Nullable String returnParams) {
            this.returnParams = returnParams;
            return this;
        }

        /**
         * Validates and builds the refund.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public AggregateRefundRequest build() {
            return new AggregateRefundRequest(
                    FieldRules.present("outRefundNo", this.outRefundNo),
                    FieldRules.present("outTradeNo", this.outTradeNo),
                    FieldRules.present("amount", this.amount),
                    this.notifyUrl,
                    this.tradeRemark,
                    this.returnParams);
        }
    }
}
