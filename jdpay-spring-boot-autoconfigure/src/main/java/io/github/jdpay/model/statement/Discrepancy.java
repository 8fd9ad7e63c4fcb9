package io.github.jdpay.model.statement;

import io.github.jdpay.model.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trade on which JD's statement and the application's orders disagree.
 *
 * @param tradeNum the trade number
 * @param expected what the application's orders say, {@code null} when it has no such order (extra at JD)
 * @param actual what JD's statement says, {@code null} when the statement lacks it (missing at JD)
 */
public record Discrepancy(String tradeNum, @Nullable Money expected, @Nullable Money actual) {

    public Discrepancy {
        Objects.requireNonNull(tradeNum, "tradeNum");
        if (expected == null && actual == null) {
            throw new IllegalArgumentException("a discrepancy needs at least one side");
        }
    }
}
