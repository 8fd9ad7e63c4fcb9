package io.github.jdpay.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of a payment ({@code pay} in JD's {@code payList}): a payment may be split over card, balance and coupons.
 *
 * @param payType how this part was paid
 * @param amount amount of this part
 * @param currency currency code, {@code CNY}
 * @param tradeTime when this part was paid, when sent
 * @param detail card details (masked by JD), when sent
 */
public record PayItem(
        PayType payType, Money amount, String currency, @Nullable Instant tradeTime, @Nullable CardDetail detail) {

    public PayItem {
        Objects.requireNonNull(payType, "payType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
