package io.github.jdpay.client.statement;

import io.github.jdpay.model.Money;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * The application's own record of a day's trades, which a statement is reconciled against: every payment and refund
 * number it made that day with its amount. Usually a query over the application's order table, streamed.
 */
@FunctionalInterface
public interface JdPayLedger {

    /** Hands every trade of {@code day} (China Standard Time) to {@code trade} as its number and amount. */
    void forEachTrade(LocalDate day, BiConsumer<String, Money> trade);
}
