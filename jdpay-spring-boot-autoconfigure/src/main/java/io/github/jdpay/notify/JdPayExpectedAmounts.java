package io.github.jdpay.notify;

import io.github.jdpay.model.Money;
import java.util.Optional;

/**
 * The amount the application expects for one of its trades, for the notification endpoint to check before any handler
 * runs. Declare one as a bean; a notification whose amount differs is refused (4xx, logged as an error, handler not
 * called, nothing stored).
 *
 * <pre>{@code
 * @Bean
 * JdPayExpectedAmounts expectedAmounts(Orders orders) {
 *     return (merchantName, tradeNum) -> orders.find(tradeNum).map(Order::amount);
 * }
 * }</pre>
 *
 * It is asked with each notification's own trade number: the order's for a payment, the refund's for a refund.
 * Answer empty for a trade number the application does not know, and the amount is not checked.
 */
@FunctionalInterface
public interface JdPayExpectedAmounts {

    /**
     * The amount expected for a trade, or empty if the application does not know it.
     *
     * @param merchantName name the merchant is configured under ({@code default} for the top-level one)
     * @param tradeNum the trade number of the notification
     */
    Optional<Money> expectedAmount(String merchantName, String tradeNum);
}
