package io.github.jdpay.sample.web;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount given either as {@code amountFen} (a whole number) or as {@code amountYuan} (text such as
 * {@code "12.30"}, converted by {@link Money#ofYuan(String)}, which refuses fractions of a fen).
 */
final class AmountFields {

    static final String FEN = "amountFen";

    static final String YUAN = "amountYuan";

    private AmountFields() {}

    /** The amount, or {@code null} if neither field is given. */
    static @Nullable Money read(@Nullable BigDecimal fen, @Nullable String yuan) {
        if (fen != null && yuan != null) {
            throw new InvalidFieldException(FEN, "give " + FEN + " or " + YUAN + ", not both");
        }
        Money amount = (fen != null) ? fen(fen) : (yuan != null) ? yuan(yuan) : null;
        if (amount != null && !amount.isPositive()) {
            throw new InvalidFieldException((fen != null) ? FEN : YUAN, "must be more than zero");
        }
        return amount;
    }

    private static Money fen(BigDecimal fen) {
        // BigDecimal rather than long: JSON 12.5 must be refused, not read as 12.
        if (fen.signum() < 0) {
            throw new InvalidFieldException(FEN, "must be more than zero");
        }
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException(FEN, "must be a whole number of fen but is " + fen.toPlainString());
        }
        try {
            return Money.ofFen(fen.longValueExact());
        } catch (ArithmeticException ex) {
            throw new InvalidFieldException(FEN, "is too large");
        }
    }

    private static Money yuan(String yuan) {
        try {
            return Money.ofYuan(yuan);
        } catch (JdPayValidationException ex) {
            throw new InvalidFieldException(YUAN, problem(ex));
        }
    }

    /** The problem of a validation failure without the library's field name, which is not the API's. */
    static String problem(JdPayValidationException ex) {
        String message = String.valueOf(ex.getMessage());
        String prefix = ex.getField() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
