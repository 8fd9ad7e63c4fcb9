package io.github.jdpay.client.statement;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.statement.Discrepancy;
import io.github.jdpay.model.statement.Reconciliation;
import io.github.jdpay.model.statement.StatementRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Compares a day's statement rows with the application's {@link JdPayLedger}: rows are taken as they stream by, and
 * only the ledger's numbers and amounts are held (about 100 bytes a trade), never the statement.
 *
 * <p>Use one per reconciliation: {@link #start} reads the ledger, the reconciler is then the sink of the statement's
 * rows, and {@link #finish} reports. Not thread-safe.
 */
public final class StatementReconciler implements Consumer<StatementRow> {

    /** How many cases of each kind a {@link Reconciliation} lists by default. */
    public static final int DEFAULT_DETAIL_LIMIT = 1_000;

    private final Map<String, Long> expected = new HashMap<>();

    private final int detailLimit;

    private final List<Discrepancy> extra = new ArrayList<>();

    private final List<Discrepancy> mismatched = new ArrayList<>();

    private long rows;

    private long matched;

    private long extraCount;

    private long mismatchedCount;

    private StatementReconciler(int detailLimit) {
        this.detailLimit = detailLimit;
    }

    /** A reconciler holding the ledger's trades of {@code day}, listing up to {@code detailLimit} cases of each kind. */
    public static StatementReconciler start(LocalDate day, JdPayLedger ledger, int detailLimit) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ledger, "ledger");
        if (detailLimit < 0) {
            throw new IllegalArgumentException("detailLimit must not be negative but is " + detailLimit);
        }
        StatementReconciler reconciler = new StatementReconciler(detailLimit);
        ledger.forEachTrade(day, (tradeNum, amount) -> {
            if (reconciler.expected.put(tradeNum, amount.fen()) != null) {
                throw new IllegalArgumentException("the ledger lists trade " + tradeNum + " twice for " + day);
            }
        });
        return reconciler;
    }

    /** Takes one statement row. */
    @Override
    public void accept(StatementRow row) {
        this.rows++;
        Long fen = this.expected.remove(row.tradeNum());
        if (fen == null) {
            this.extraCount++;
            keep(this.extra, new Discrepancy(row.tradeNum(), null, row.amount()));
        } else if (fen != row.amount().fen()) {
            this.mismatchedCount++;
            keep(this.mismatched, new Discrepancy(row.tradeNum(), Money.ofFen(fen), row.amount()));
        } else {
            this.matched++;
        }
    }

    /** The report: what the statement lacks is what is left of the ledger. */
    public Reconciliation finish() {
        List<Discrepancy> missing = new ArrayList<>();
        this.expected.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .limit(this.detailLimit)
                .forEach(trade -> missing.add(new Discrepancy(trade.getKey(), Money.ofFen(trade.getValue()), null)));
        return new Reconciliation(
                this.rows,
                this.matched,
                this.expected.size(),
                this.extraCount,
                this.mismatchedCount,
                missing,
                this.extra,
                this.mismatched);
    }

    private void keep(List<Discrepancy> cases, Discrepancy discrepancy) {
        if (cases.size() < this.detailLimit) {
            cases.add(discrepancy);
        }
    }
}
