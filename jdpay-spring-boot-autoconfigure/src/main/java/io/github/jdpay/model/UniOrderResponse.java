package io.github.jdpay.model;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified answer to a unified order.
 *
 * @param tradeNum the merchant trade number the order was placed under
 * @param orderId JD's order id; the APP SDK needs it
 * @param merchantName merchant name as JD shows it, when sent
 * @param amount amount of the order
 * @param expireTime how long the order can be paid, when sent
 * @param qrCode URL to render as a QR code, for {@link UniOrderTradeType#QR} orders
 */
public record UniOrderResponse(
        String tradeNum,
        String orderId,
        @Nullable String merchantName,
        Money amount,
        @Nullable Duration expireTime,
        @Nullable String qrCode) {

    public UniOrderResponse {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
    }
}
