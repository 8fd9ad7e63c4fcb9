package io.github.jdpay.model.statement;

import io.github.jdpay.model.Money;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of JD's daily statement, typed by header name ({@link StatementColumns}); every column, known or not, is
 * kept in {@link #columns()} under its header.
 *
 * @param line the row's 1-based line in the CSV
 * @param tradeNum the merchant's trade number
 * @param amount the amount
 * @param tradeType the kind of trade as JD writes it, when the file has that column
 * @param tradeTime the time as JD writes it, when the file has that column
 * @param columns every column of the row, header to value, in the file's order
 */
public record StatementRow(
        long line,
        String tradeNum,
        Money amount,
        @Nullable String tradeType,
        @Nullable String tradeTime,
        Map<String, String> columns) {

    public StatementRow {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(amount, "amount");
        columns = Map.copyOf(columns);
    }

    /** The value under {@code header}, or {@code null} when the file has no such column. */
    public @Nullable String column(String header) {
        return this.columns.get(header);
    }
}
