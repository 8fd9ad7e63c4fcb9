package io.github.jdpay.model.aggregate;

import static io.github.jdpay.model.FieldRules.optional;

import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A one-order-one-code QR payment (一单一码): payx {@code getScanUrl} (aggregate.md §4.3). JD answers with the URL to
 * show as a QR code; the payer scans it with any wallet JD accepts for the merchant.
 *
 * @param outTradeNo merchant's unique number for this order, at most 32 letters, digits, {@code _} or {@code -};
 *     JD accepts one successful payment per number
 * @param amount amount to pay, more than zero, at most 12 digits of fen
 * @param successNotifyUrl where JD posts the payment notification; {@code null} for the configured one
 * @param expireTime how long the code can be paid, whole seconds; JD's default when {@code null}
 * @param remark shown on the page the code opens, at most 256 characters
 * @param tradeName order title, at most 256 characters
 * @param tradeDesc order description, at most 256 characters
 * @param userId merchant's id for the payer, at most 64 characters
 * @param successPageUrl where the payer's browser goes after paying
 * @param piTypes the wallets allowed to pay; every wallet of the merchant when empty
 * @param outTradeIp payer's IP address, at most 64 characters
 * @param extMap JD's {@code extMap} as JSON text
 */
public record ScanUrlRequest(
        String outTradeNo,
        Money amount,
        @Nullable String successNotifyUrl,
        @Nullable Duration expireTime,
        @Nullable String remark,
        @Nullable String tradeName,
        @Nullable String tradeDesc,
        @Nullable String userId,
        @Nullable String successPageUrl,
        Set<PiType> piTypes,
        @Nullable String outTradeIp,
        @Nullable String extMap) {

    public ScanUrlRequest {
        outTradeNo = FieldRules.tradeNum("outTradeNo", outTradeNo);
        amount = AggregateRules.amount("amount", amount);
        successNotifyUrl = FieldRules.url("successNotifyUrl", successNotifyUrl);
        expireTime = AggregateRules.seconds("expireTime", expireTime);
        remark = optional("remark", remark, AggregateRules.TEXT_MAX);
        tradeName = optional("tradeName", tradeName, AggregateRules.TEXT_MAX);
        tradeDesc = optional("tradeDesc", tradeDesc, AggregateRules.TEXT_MAX);
        userId = optional("userId", userId, AggregateRules.ID_MAX);
        successPageUrl = FieldRules.url("successPageUrl", successPageUrl);
        piTypes = wallets(piTypes);
        outTradeIp = optional("outTradeIp", outTradeIp, AggregateRules.ID_MAX);
        extMap = optional("extMap", extMap, AggregateRules.JSON_MAX);
    }

    private static Set<PiType> wallets(@Nullable Set<PiType> piTypes) {
        Set<PiType> wallets = EnumSet.noneOf(PiType.class);
        if (piTypes != null) {
            for (PiType piType : piTypes) {
                wallets.add(FieldRules.present("piType", AggregateRules.sendable("piType", piType)));
            }
        }
        return Collections.unmodifiableSet(wallets);
    }

    /** Starts a request; {@code outTradeNo} and {@code amount} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        // userId and outTradeIp identify a person: keep them out of logs.
        return "ScanUrlRequest[outTradeNo=" + this.outTradeNo + ", amount=" + this.amount + ", piTypes=" + this.piTypes
                + "]";
    }

    /** Collects the fields of a {@link ScanUrlRequest}; {@link #build()} validates them. */
    public static final class Builder {

        private @Nullable String outTradeNo;
        private @Nullable Money amount;
        private @Nullable String successNotifyUrl;
        private @Nullable Duration expireTime;
        private @Nullable String remark;
        private @Nullable String tradeName;
        private @Nullable String tradeDesc;
        private @Nullable String userId;
        private @Nullable String successPageUrl;
        private Set<PiType> piTypes = Set.of();
        private @Nullable String outTradeIp;
        private @Nullable String extMap;

        private Builder() {}

        public Builder outTradeNo(String outTradeNo) {
            this.outTradeNo = outTradeNo;
            return this;
        }

        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        public Builder successNotifyUrl(@Nullable String successNotifyUrl) {
            this.successNotifyUrl = successNotifyUrl;
            return this;
        }

        public Builder expireTime(@Nullable Duration expireTime) {
            this.expireTime = expireTime;
            return this;
        }

        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        public Builder tradeName(@Nullable String tradeName) {
            this.tradeName = tradeName;
            return this;
        }

        public Builder tradeDesc(@Nullable String tradeDesc) {
            this.tradeDesc = tradeDesc;
            return this;
        }

        public Builder userId(@Nullable String userId) {
            this.userId = userId;
            return this;
        }

        public Builder successPageUrl(@Nullable String successPageUrl) {
            this.successPageUrl = successPageUrl;
            return this;
        }

        public Builder piTypes(PiType... piTypes) {
            this.piTypes = new LinkedHashSet<>(Arrays.asList(piTypes));
            return this;
        }

        public Builder outTradeIp(@Nullable String outTradeIp) {
            this.outTradeIp = outTradeIp;
            return this;
        }

        public Builder extMap(@Nullable String extMap) {
            this.extMap = extMap;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public ScanUrlRequest build() {
            return new ScanUrlRequest(
                    FieldRules.present("outTradeNo", this.outTradeNo),
                    FieldRules.present("amount", this.amount),
                    this.successNotifyUrl,
                    this.expireTime,
                    this.remark,
                    this.tradeName,
                    this.tradeDesc,
                    this.userId,
                    this.successPageUrl,
                    this.piTypes,
                    this.outTradeIp,
                    this.extMap);
        }
    }
}
