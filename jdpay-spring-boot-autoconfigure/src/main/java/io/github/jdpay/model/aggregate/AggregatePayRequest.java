package io.github.jdpay.model.aggregate;

import static io.github.jdpay.model.FieldRules.optional;

import io.github.jdpay.model.FieldRules;
import org.jspecify.annotations.Nullable;

/**
 * A payment with the payer's payment code (刷卡支付, the merchant scans the payer's code): apipayx {@code /m/pay}.
 *
 * @param order the order being paid
 * @param authCode the payment code scanned from the payer's wallet, at most 64 characters
 * @param piType the wallet, when known; JD recognises it from the code otherwise
 * @param shopId merchant's store id, at most 64 characters
 * @param shopName merchant's store name, at most 256 characters
 * @param operId the cashier (operator) id, at most 64 characters
 */
public record AggregatePayRequest(
        AggregateOrder order,
        String authCode,
        @Nullable PiType piType,
        @Nullable String shopId,
        @Nullable String shopName,
        @Nullable String operId) {

    public AggregatePayRequest {
        FieldRules.present("order", order);
        authCode = FieldRules.required("authCode", authCode, AggregateRules.ID_MAX);
        piType = AggregateRules.sendable("piType", piType);
        shopId = optional("shopId", shopId, AggregateRules.ID_MAX);
        shopName = optional("shopName", shopName, AggregateRules.TEXT_MAX);
        operId = optional("operId", operId, AggregateRules.ID_MAX);
    }

    /** Starts a request; {@code outTradeNo}, {@code amount} and {@code authCode} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        // The payment code is the payer's, and it pays: never in logs.
        return "AggregatePayRequest[" + this.order + ", piType=" + this.piType + ", authCode=******]";
    }

    /** Collects the fields of an {@link AggregatePayRequest}; {@link #build()} validates them. */
    public static final class Builder extends AggregateOrderBuilder<Builder> {

        private @Nullable String authCode;
        private @Nullable PiType piType;
        private @Nullable String shopId;
        private @Nullable String shopName;
        private @Nullable String operId;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        public Builder authCode(String authCode) {
            this.authCode = authCode;
            return this;
        }

        public Builder piType(@Nullable PiType piType) {
            this.piType = piType;
            return this;
        }

        public Builder shopId(@Nullable String shopId) {
            this.shopId = shopId;
            return this;
        }

        public Builder shopName(@Nullable String shopName) {
            this.shopName = shopName;
            return this;
        }

        public Builder operId(@Nullable String operId) {
            this.operId = operId;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public AggregatePayRequest build() {
            return new AggregatePayRequest(
                    order(),
                    FieldRules.present("authCode", this.authCode),
                    this.piType,
                    this.shopId,
                    this.shopName,
                    this.operId);
        }
    }
}
