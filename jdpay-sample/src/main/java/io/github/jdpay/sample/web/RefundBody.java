package io.github.jdpay.sample.web;

import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/orders/{tradeNum}/refund}: the amount in fen or in yuan, or neither (or no body at
 * all) to refund everything still refundable.
 *
 * @param amountFen amount in fen, a whole number
 * @param amountYuan amount in yuan as text, such as {@code "5.00"}
 */
record RefundBody(@Nullable BigDecimal amountFen, @Nullable String amountYuan) {

    static RefundBody of(Map<String, ?> json) {
        return new RefundBody(JsonFields.number(json, AmountFields.FEN), JsonFields.text(json, AmountFields.YUAN));
    }

    /** The amount in fen, or {@code null} for everything. */
    @Nullable
    Long fen() {
        Money amount = AmountFields.read(this.amountFen, this.amountYuan);
        return (amount != null) ? amount.fen() : null;
    }
}
