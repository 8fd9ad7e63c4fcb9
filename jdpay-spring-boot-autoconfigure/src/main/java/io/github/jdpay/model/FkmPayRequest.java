package io.github.jdpay.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A payment with the payer's JD payment code (付款码, JD's {@code fkmPay}): the merchant scans the code shown in the
 * payer's JD app. JD may issue a separate merchant number and keys for this product; configure them as another
 * merchant and use {@code forMerchant}.
 *
 * @param token the scanned payment code; one-time, kept out of {@link #toString()}
 * @param device store or device number that scanned it, at most 32 characters
 * @param tradeNum merchant's unique number for this payment
 * @param tradeName order title, at most 32 characters
 * @param tradeDesc description, at most 1024 characters
 * @param amount amount to pay, more than zero
 * @param tradeTime when the order was created; {@code null} for the time of the call
 * @param note merchant's remark, at most 256 characters
 * @param notifyUrl where JD posts the payment notification; {@code null} for the configured one
 * @param payMerchant merchant name shown to the payer, at most 32 characters
 * @param riskInfo risk-control information as JD's JSON text
 */
public record FkmPayRequest(
        String token,
        String device,
        String tradeNum,
        String tradeName,
        @Nullable String tradeDesc,
        Money amount,
        @Nullable Instant tradeTime,
        @Nullable String note,
        @Nullable String notifyUrl,
        @Nullable String payMerchant,
        @Nullable String riskInfo) {

    public FkmPayRequest {
        token = FieldRules.required("token", token, 64);
        device = FieldRules.required("device", device, 32);
        tradeNum = FieldRules.tradeNum("tradeNum", tradeNum);
        tradeName = FieldRules.required("tradeName", tradeName, 32);
        tradeDesc = FieldRules.optional("tradeDesc", tradeDesc, 1024);
        amount = FieldRules.positive("amount", amount);
        note = FieldRules.optional("note", note, 256);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        payMerchant = FieldRules.optional("payMerchant", payMerchant, 32);
        riskInfo = FieldRules.optional("riskInfo", riskInfo, UniOrderRequest.JSON_MAX);
    }

    /** Starts a request; {@code token}, {@code device}, {@code tradeNum}, {@code tradeName} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "FkmPayRequest[tradeNum=" + this.tradeNum + ", amount=" + this.amount + ", device=" + this.device + "]";
    }

    /** Collects the fields of a {@link FkmPayRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String token;
        private @Nullable String device;
        private @Nullable String tradeNum;
        private @Nullable String tradeName;
        private @Nullable String tradeDesc;
        private @Nullable Money amount;
        private @Nullable Instant tradeTime;
        private @Nullable String note;
        private @Nullable String notifyUrl;
        private @Nullable String payMerchant;
        private @Nullable String riskInfo;

        private Builder() {}

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder device(String device) {
            this.device = device;
            return this;
        }

        public Builder tradeNum(String tradeNum) {
            this.tradeNum = tradeNum;
            return this;
        }

        public Builder tradeName(String tradeName) {
            this.tradeName = tradeName;
            return this;
        }

        public Builder tradeDesc(@Nullable String tradeDesc) {
            this.tradeDesc = tradeDesc;
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

        public Builder notifyUrl(@Nullable String notifyUrl) {
            this.notifyUrl = notifyUrl;
            return this;
        }

        public Builder payMerchant(@Nullable String payMerchant) {
            this.payMerchant = payMerchant;
            return this;
        }

        public Builder riskInfo(@Nullable String riskInfo) {
            this.riskInfo = riskInfo;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public FkmPayRequest build() {
            return new FkmPayRequest(
                    FieldRules.present("token", this.token),
                    FieldRules.present("device", this.device),
                    FieldRules.present("tradeNum", this.tradeNum),
                    FieldRules.present("tradeName", this.tradeName),
                    this.tradeDesc,
                    FieldRules.present("amount", this.amount),
                    this.tradeTime,
                    this.note,
                    this.notifyUrl,
                    this.payMerchant,
                    this.riskInfo);
        }
    }
}
