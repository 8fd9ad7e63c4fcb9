package io.github.jdpay.model;

import io.github.jdpay.exception.JdPayValidationException;
import java.math.BigDecimal;

/**
 * An amount of Chinese yuan held as a whole number of fen (分), the unit JD Pay puts on the wire.
 *
 * <p>There is no floating point anywhere: {@link #ofYuan(String)} refuses fractions of a fen rather than round them.
 * Zero is a valid amount (JD may report it); requests that move money require a positive one.
 *
 * @param fen the amount in fen, never negative
 */
public record Money(long fen) implements Comparable<Money> {

    private static final String FIELD = "amount";

    public Money {
        if (fen < 0) {
            throw new JdPayValidationException(FIELD, "must not be negative but is " + fen + " fen");
        }
    }

    /** The amount of {@code fen} fen. */
    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * The amount of {@code yuan} yuan, such as {@code "12.34"}.
     *
     * @throws JdPayValidationException if the text is not a number, is negative or has a fraction of a fen
     */
    public static Money ofYuan(String yuan) {
        BigDecimal value;
        try {
            value = new BigDecimal(yuan.trim());
        } catch (NumberFormatException ex) {
            throw new JdPayValidationException(FIELD, "'" + yuan + "' is not an amount of yuan");
        }
        return ofYuan(value);
    }

    /**
     * The amount of {@code yuan} yuan.
     *
     * @throws JdPayValidationException if the value is negative, too large or has a fraction of a fen
     */
    public static Money ofYuan(BigDecimal yuan) {
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
            throw new JdPayValidationException(FIELD, yuan.toPlainString() + " yuan has a fraction of a fen");
        }
        try {
            return new Money(fen.longValueExact());
        } catch (ArithmeticException ex) {
            throw new JdPayValidationException(FIELD, yuan.toPlainString() + " yuan is too large");
        }
    }

    /** The amount in yuan with exactly two decimals, such as {@code "12.30"}. */
    public String toYuan() {
        return BigDecimal.valueOf(this.fen, 2).toPlainString();
    }

    /** Whether the amount is more than zero, as every payment, refund and revocation must be. */
    public boolean isPositive() {
        return this.fen > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(this.fen, other.fen);
    }

    @Override
    public String toString() {
        return toYuan() + " CNY";
    }
}
