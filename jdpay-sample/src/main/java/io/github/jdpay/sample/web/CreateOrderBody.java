package io.github.jdpay.sample.web;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import io.github.jdpay.sample.order.Channel;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** At most this many characters (code points), as JD allows in {@code tradeName}. */
    static final int MAX_TITLE = 32;

    static CreateOrderBody of(Map<String, ?> json) {
        return new CreateOrderBody(
                JsonFields.text(json, "title"),
                JsonFields.number(json, AmountFields.FEN),
                JsonFields.text(json, AmountFields.YUAN),
                JsonFields.text(json, "channel"));
    }

    /** The order to place, checked field by field. */
    NewOrder read(Set<Channel> channels) {
        String stripped = (this.title != null) ? this.title.strip() : "";
        if (stripped.isEmpty()) {
            throw new InvalidFieldException("title", "Give the order a title.");
        }
        // JD's rule for tradeName, counted in characters (code points), so that the order cannot fail later for its
        // title; the column holds as many (schema.sql).
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_TITLE) {
            throw new InvalidFieldException(
                    "title", "The title is " + length + " characters long: at most " + MAX_TITLE + " fit.");
        }
        String checkedTitle;
        try {
            checkedTitle = FieldRules.required("title", stripped, MAX_TITLE);
        } catch (JdPayValidationException ex) {
            throw new InvalidFieldException("title", "The title " + problem(ex) + ".");
        }
        Money amount = AmountFields.read(this.amountFen, this.amountYuan);
        if (amount == null) {
            throw new InvalidFieldException(AmountFields.FEN, "Give the amount to pay, such as 12.80 yuan.");
        }
        return new NewOrder(checkedTitle, amount, channel(channels));
    }

    /** The problem of a validation failure without the library's field name, which is not the API's. */
    private static String problem(JdPayValidationException ex) {
        String message = String.valueOf(ex.getMessage());
        String prefix = ex.getField() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private Channel channel(Set<Channel> channels) {
        if (this.channel == null || this.channel.isBlank()) {
            throw new InvalidFieldException("channel", "Choose how to pay: " + names(channels) + ".");
        }
        try {
            Channel parsed = Channel.valueOf(this.channel.strip().toUpperCase(Locale.ROOT));
            if (channels.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException ex) {
            // Not a channel at all: answered below like one this shop does not take.
        }
        throw new InvalidFieldException(
                "channel", "This shop takes no '" + this.channel + "' payments: choose " + names(channels) + ".");
    }

    private static String names(Set<Channel> channels) {
        return channels.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A checked order. */
    record NewOrder(String title, Money amount, Channel channel) {}
}
