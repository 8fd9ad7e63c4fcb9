package io.github.jdpay.model.statement;

import java.util.List;

/**
 * The outcome of comparing a day's statement with the application's orders. The counts are complete; each list keeps
 * the first {@code detailLimit} cases so that a very bad day does not fill the heap.
 *
 * @param rows statement rows read
 * @param matched trades on both sides with the same amount
 * @param missingCount the application's orders the statement lacks
 * @param extraCount statement rows with no order of the application
 * @param mismatchedCount trades on both sides with different amounts
 * @param missing the first missing orders (actual {@code null})
 * @param extra the first extra rows (expected {@code null})
 * @param mismatched the first trades whose amounts differ
 */
public record Reconciliation(
        long rows,
        long matched,
        long missingCount,
        long extraCount,
        long mismatchedCount,
        List<Discrepancy> missing,
        List<Discrepancy> extra,
        List<Discrepancy> mismatched) {

    public Reconciliation {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        mismatched = List.copyOf(mismatched);
    }

    /** Whether the two sides agree on every trade. */
    public boolean isClean() {
        return this.missingCount == 0 && this.extraCount == 0 && this.mismatchedCount == 0;
    }
}
