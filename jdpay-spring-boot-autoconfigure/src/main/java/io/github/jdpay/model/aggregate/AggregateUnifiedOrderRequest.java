package io.github.jdpay.model.aggregate;

import static io.github.jdpay.model.FieldRules.optional;

import io.github.jdpay.model.FieldRules;
import org.jspecify.annotations.Nullable;

/**
 * A unified order (统一下单) for a payment the payer makes in a wallet's page or mini program: apipayx
 * {@code /m/unifiedOrder}. JD answers with {@code payInfo}, what the page needs to start the wallet's payment.
 *
 * @param order the order to be paid
 * @param piType the wallet that pays
 * @param openId the payer's id at the wallet's app (not for {@link PiType#JDPAY}), at most 128 characters
 * @param appId the wallet app's id (for example the mini program's), at most 64 characters
 * @param gatewayPayMethod where the payment is made
 */
public record AggregateUnifiedOrderRequest(
        AggregateOrder order,
        PiType piType,
        @Nullable String openId,
        @Nullable String appId,
        @Nullable GatewayPayMethod gatewayPayMethod) {

    public AggregateUnifiedOrderRequest {
        FieldRules.present("order", order);
        piType = FieldRules.present("piType", AggregateRules.sendable("piType", piType));
        openId = optional("openId", openId, 128);
        appId = optional("appId", appId, AggregateRules.ID_MAX);
    }

    /** Starts a request; {@code outTradeNo}, {@code amount} and {@code piType} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        // openId identifies the payer: keep it out of logs.
        return "AggregateUnifiedOrderRequest[" + this.order + ", piType=" + this.piType + ", gatewayPayMethod="
                + this.gatewayPayMethod + "]";
    }

    /** Collects the fields of an {@link AggregateUnifiedOrderRequest}; {@link #build()} validates them. */
    public static final class Builder extends AggregateOrderBuilder<Builder> {

        private @Nullable PiType piType;
        private @Nullable String openId;
        private @Nullable String appId;
        private @Nullable GatewayPayMethod gatewayPayMethod;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        public Builder piType(PiType piType) {
            this.piType = piType;
            return this;
        }

        public Builder openId(@Nullable String openId) {
            this.openId = openId;
            return this;
        }

        public Builder appId(@Nullable String appId) {
            this.appId = appId;
            return this;
        }

        public Builder gatewayPayMethod(@Nullable GatewayPayMethod gatewayPayMethod) {
            this.gatewayPayMethod = gatewayPayMethod;
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws io.github.jdpay.exception.JdPayValidationException naming the first field that is missing or invalid
         */
        public AggregateUnifiedOrderRequest build() {
            return new AggregateUnifiedOrderRequest(
                    order(), FieldRules.present("piType", this.piType), this.openId, this.appId, this.gatewayPayMethod);
        }
    }
}
