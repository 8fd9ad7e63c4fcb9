package io.github.jdpay.test;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a simulated payment order; later changes in the simulator do not show in it.
 *
 * @param merchant merchant number
 * @param tradeNum the merchant's trade number
 * @param orderId JD's order id, 22 digits
 * @param channel how the order was created: {@code GEN}, {@code QR}, {@code PC}, {@code H5}, {@code CUST},
 *     {@code DRCT} or {@code FKM}
 * @param amount amount in fen; for a payer-typed (CUST) code it is 0 until paid
 * @param currency currency, {@code CNY}
 * @param tradeName the order title
 * @param note the merchant's note
 * @param userId the merchant's user id, if sent
 * @param notifyUrl where payment notifications go
 * @param callbackUrl where the cashier sends the browser after payment, for cashier orders
 * @param state where the order is in its life
 * @param createdAt when it was created, on the simulator's clock
 * @param expiresAt when an unpaid order expires
 * @param paidAt when it was paid
 * @param payUrl the simulator's cashier page for this order, where a browser (or a test) can pay it
 * @param refunds refunds and revokes against it, oldest first, failed ones included
 */
public record SimulatedOrder(
        String merchant,
        String tradeNum,
        String orderId,
        String channel,
        long amount,
        String currency,
        String tradeName,
        String note,
        @Nullable String userId,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl,
        OrderState state,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant paidAt,
        String payUrl,
        List<SimulatedRefund> refunds) {

    public SimulatedOrder {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(state, "state");
        refunds = List.copyOf(refunds);
    }

    /** Sum of the successful refunds and revokes, in fen. */
    public long refundedAmount() {
        return this.refunds.stream()
                .filter(SimulatedRefund::succeeded)
                .mapToLong(SimulatedRefund::amount)
                .sum();
    }

    /** JD's query status for the payment: 0 created, 2 success, 4 closed (jdpay-v2.md §11). */
    public String queryStatus() {
        if (this.state == OrderState.CREATED) {
            return "0";
        }
        return (this.paidAt != null) ? "2" : "4";
    }
}
