package io.github.jdpay.sample.web;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import io.github.jdpay.sample.order.Channel;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/orders}. Every component may be missing or of the wrong type so that {@link #read}
 * can name the field; the amount is given in fen or in yuan.
 *
 * @param title what the payer sees, at most 32 characters
 * @param amountFen amount in fen, a whole number
 * @param amountYuan amount in yuan as text, such as {@code "12.30"}
 * @param channel one of {@link Channel}
 */
record CreateOrderBody(
        @Nullable String title, @Nullable BigDecimal amountFen, @Nullable String amountYuan, @Nullable String channel) {

    static CreateOrderBody of(Map<String, ?> json) {
        return new CreateOrderBody(
                JsonFields.text(json, "title"),
                JsonFields.number(json, AmountFields.FEN),
                JsonFields.text(json, AmountFields.YUAN),
                JsonFields.text(json, "channel"));
    }

    /** The order to place, checked field by field. */
    NewOrder read(Set<Channel> channels) {
        String checkedTitle;
        try {
            // The same rule as JD's tradeName, so that the order cannot fail later for its title.
            checkedTitle = FieldRules.required("title", (this.title != null) ? this.title.strip() : null, 32);
        } catch (JdPayValidationException ex) {
            throw new InvalidFieldException("title", AmountFields.problem(ex));
        }
        Money amount = AmountFields.read(this.amountFen, this.amountYuan);
        if (amount == null) {
            throw new InvalidFieldException(AmountFields.FEN, "is required (or " + AmountFields.YUAN + ")");
        }
        return new NewOrder(checkedTitle, amount, channel(channels));
    }

    private Channel channel(Set<Channel> channels) {
        if (this.channel == null || this.channel.isBlank()) {
            throw new InvalidFieldException("channel", "is required, one of " + channels);
        }
        try {
            Channel parsed = Channel.valueOf(this.channel.strip().toUpperCase(Locale.ROOT));
            if (channels.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException ex) {
            // Not a channel at all: answered below like one this shop does not take.
        }
        throw new InvalidFieldException("channel", "must be one of " + channels + " but is '" + this.channel + "'");
    }

    /** A checked order. */
    record NewOrder(String title, Money amount, Channel channel) {}
}
