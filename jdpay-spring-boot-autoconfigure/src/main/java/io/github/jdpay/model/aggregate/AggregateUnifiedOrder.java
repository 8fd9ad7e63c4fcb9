package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified answer to {@code /m/unifiedOrder}: what the payer's page needs to start the wallet's payment.
 *
 * @param outTradeNo the merchant's number of the order
 * @param tradeNo JD's number of the order, when sent
 * @param amount the order's amount, when sent
 * @param piType the wallet, as JD echoes it
 * @param payInfo JSON text the page passes to the wallet's JS or mini-program API
 * @param appId the wallet app's id JD answers with ({@code appid}), when sent
 * @param tradeTime when JD created the order, when sent
 * @param deadlineTime when the order can no longer be paid, when sent
 */
public record AggregateUnifiedOrder(
        String outTradeNo,
        @Nullable String tradeNo,
        @Nullable Money amount,
        PiType piType,
        String payInfo,
        @Nullable String appId,
        @Nullable Instant tradeTime,
        @Nullable Instant deadlineTime) {

    public AggregateUnifiedOrder {
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        Objects.requireNonNull(piType, "piType");
        Objects.requireNonNull(payInfo, "payInfo");
    }

    /**
     * Reads JD's verified reply to a unified order.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a required field is missing or malformed
     */
    public static AggregateUnifiedOrder from(Map<String, String> plaintext) {
        AggregatePlaintext fields = new AggregatePlaintext(plaintext);
        return new AggregateUnifiedOrder(
                fields.required("outTradeNo"),
                fields.optional("tradeNo"),
                fields.optionalAmount("amount"),
                fields.piType(),
                fields.required("payInfo"),
                fields.optional("appid"),
                fields.time("tradeTime"),
                fields.time("deadlineTime"));
    }
}
