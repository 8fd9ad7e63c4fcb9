package io.github.jdpay.sample.web;

import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount given either as {@code amountFen} (a whole number) or as {@code amountYuan} (text such as
 * {@code "12.30"}, at most two decimals). Problems are told in yuan, the unit the payer types.
 */
final class AmountFields {

    static final String FEN = "amountFen";

    static final String YUAN = "amountYuan";

    /** The largest amount JD takes: twelve digits of fen. */
    private static final long MAX_FEN = 999_999_999_999L;

    private AmountFields() {}

    /** The amount, or {@code null} if neither field is given. */
    static @Nullable Money read(@Nullable BigDecimal fen, @Nullable String yuan) {
        if (fen != null && yuan != null) {
            throw new InvalidFieldException(FEN, "Give the amount once, in yuan or in fen, not both.");
        }
        if (fen != null) {
            return checked(FEN, fen.movePointLeft(2));
        }
        if (yuan != null) {
            return checked(YUAN, parse(yuan));
        }
        return null;
    }

    private static BigDecimal parse(String yuan) {
        try {
            return new BigDecimal(yuan.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidFieldException(YUAN, "The amount must be a number of yuan, such as 12.80.");
        }
    }

    private static Money checked(String field, BigDecimal yuan) {
        if (yuan.signum() <= 0) {
            throw new InvalidFieldException(field, "The amount must be more than 0.00 yuan.");
        }
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException(
                    field,
                    field.equals(FEN)
                            ? "The amount in fen must be a whole number."
                            : "The amount has at most two decimals (fen), such as 12.80.");
        }
        if (fen.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            throw new InvalidFieldException(
                    field, "The amount must be at most " + Money.ofFen(MAX_FEN).toYuan() + " yuan.");
        }
        return Money.ofFen(fen.longValueExact());
    }
}
