package io.github.jdpay.model;

import static io.github.jdpay.model.FieldRules.optional;
import static io.github.jdpay.model.FieldRules.url;

import io.github.jdpay.exception.JdPayValidationException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order to be paid: the fields of JD's unified order ({@code uniorder}), which the PC/H5 cashier forms and the
 * merchant QR form share. Every field is checked when the request is built (jdpay-v2.md §5.3 lengths).
 *
 * <p>Build one with {@link #builder()}. Fields left {@code null} are not sent, except {@code tradeTime} (now, in
 * Asia/Shanghai) and {@code notifyUrl}/{@code callbackUrl} (the merchant's configured URLs), which the template fills
 * in. The currency is always {@code CNY}.
 *
 * @param tradeNum merchant's unique number for this payment; JD treats a reused one as a duplicate payment
 * @param tradeName order title shown to the payer, at most 32 characters
 * @param tradeDesc description, at most 1024 characters
 * @param amount amount to pay, more than zero
 * @param tradeTime when the order was created; {@code null} for the time of the call
 * @param orderType physical or virtual goods, {@link OrderType#PHYSICAL} unless set
 * @param note merchant's remark, echoed in the callback and notification, at most 256 characters
 * @param notifyUrl where JD posts the payment notification; {@code null} for the configured one
 * @param callbackUrl where the cashier sends the browser after payment (cashier forms only)
 * @param userId merchant's id for the payer, at most 64 characters; required by the cashier forms
 * @param ip payer's IPv4 address, at most 16 characters
 * @param device store or device number (门店号), at most 32 characters
 * @param expireTime how long the order can be paid, whole seconds
 * @param industryCategoryCode business category code, at most 32 characters
 * @param payMerchant merchant name shown to the payer, at most 32 characters
 * @param goodsInfo goods list as JD's JSON text
 * @param riskInfo risk-control information as JD's JSON text
 */
public record UniOrderRequest(
        String tradeNum,
        String tradeName,
        @Nullable String tradeDesc,
        Money amount,
        @Nullable Instant tradeTime,
        OrderType orderType,
        @Nullable String note,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl,
        @Nullable String userId,
        @Nullable String ip,
        @Nullable String device,
        @Nullable Duration expireTime,
        @Nullable String industryCategoryCode,
        @Nullable String payMerchant,
        @Nullable String goodsInfo,
        @Nullable String riskInfo) {

    /** Our bound for JSON fields whose length JD does not document. */
    static final int JSON_MAX = 2048;

    public UniOrderRequest {
        tradeNum = FieldRules.tradeNum("tradeNum", tradeNum);
        tradeName = FieldRules.required("tradeName", tradeName, 32);
        tradeDesc = optional("tradeDesc", tradeDesc, 1024);
        amount = FieldRules.positive("amount", amount);
        orderType = FieldRules.present("orderType", orderType);
        note = optional("note", note, 256);
        notifyUrl = url("notifyUrl", notifyUrl);
        callbackUrl = url("callbackUrl", callbackUrl);
        userId = optional("userId", userId, 64);
        ip = optional("ip", ip, 16);
        device = optional("device", device, 32);
        expireTime = checkExpireTime(expireTime);
        industryCategoryCode = optional("industryCategoryCode", industryCategoryCode, 32);
        payMerchant = optional("payMerchant", payMerchant, 32);
        goodsInfo = optional("goodsInfo", goodsInfo, JSON_MAX);
        riskInfo = optional("riskInfo", riskInfo, JSON_MAX);
    }

    private static @Nullable Duration checkExpireTime(@Nullable Duration expireTime) {
        if (expireTime != null && (expireTime.isNegative() || expireTime.isZero() || expireTime.getNano() != 0)) {
            throw new JdPayValidationException("expireTime", "must be a positive whole number of seconds");
        }
        return expireTime;
    }

    /** Starts a request; {@code tradeNum}, {@code tradeName} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** This request for the merchant's user {@code userId} (validated as {@link #userId()} is). */
    public UniOrderRequest withUserId(String userId) {
        return new UniOrderRequest(
                this.tradeNum,
                this.tradeName,
                this.tradeDesc,
                this.amount,
                this.tradeTime,
                this.orderType,
                this.note,
                this.notifyUrl,
                this.callbackUrl,
                FieldRules.required("userId", userId, 64),
                this.ip,
                this.device,
                this.expireTime,
                this.industryCategoryCode,
                this.payMerchant,
                this.goodsInfo,
                this.riskInfo);
    }

    @Override
    public String toString() {
        // userId and ip identify a person: keep them out of logs.
        return "UniOrderRequest[tradeNum=" + this.tradeNum + ", amount=" + this.amount + ", orderType=" + this.orderType
                + "]";
    }

    /** Collects the fields of a {@link UniOrderRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String tradeNum;
        private @Nullable String tradeName;
        private @Nullable String tradeDesc;
        private @Nullable Money amount;
        private @Nullable Instant tradeTime;
        private OrderType orderType = OrderType.PHYSICAL;
        private @Nullable String note;
        private @Nullable String notifyUrl;
        private @Nullable String callbackUrl;
        private @Nullable String userId;
        private @Nullable String ip;
        private @Nullable String device;
        private @Nullable Duration expireTime;
        private @Nullable String industryCategoryCode;
        private @Nullable String payMerchant;
        private @Nullable String goodsInfo;
        private @Nullable String riskInfo;

        private Builder() {}

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

        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
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

        public Builder callbackUrl(@Nullable String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        public Builder userId(@Nullable String userId) {
            this.userId = userId;
            return this;
        }

        public Builder ip(@Nullable String ip) {
            this.ip = ip;
            return this;
        }

        public Builder device(@Nullable String device) {
            this.device = device;
            return this;
        }

        public Builder expireTime(@Nullable Duration expireTime) {
            this.expireTime = expireTime;
            return this;
        }

        public Builder industryCategoryCode(@Nullable String industryCategoryCode) {
            this.industryCategoryCode = industryCategoryCode;
            return this;
        }

        public Builder payMerchant(@Nullable String payMerchant) {
            this.payMerchant = payMerchant;
            return this;
        }

        public Builder goodsInfo(@Nullable String goodsInfo) {
            this.goodsInfo = goodsInfo;
            return this;
        }

        public Builder riskInfo(@Nullable String riskInfo) {
            this.riskInfo = riskInfo;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws JdPayValidationException naming the first field that is missing or invalid
         */
        public UniOrderRequest build() {
            return new UniOrderRequest(
                    FieldRules.present("tradeNum", this.tradeNum),
                    FieldRules.present("tradeName", this.tradeName),
                    this.tradeDesc,
                    FieldRules.present("amount", this.amount),
                    this.tradeTime,
                    this.orderType,
                    this.note,
                    this.notifyUrl,
                    this.callbackUrl,
                    this.userId,
                    this.ip,
                    this.device,
                    this.expireTime,
                    this.industryCategoryCode,
                    this.payMerchant,
                    this.goodsInfo,
                    this.riskInfo);
        }
    }
}
