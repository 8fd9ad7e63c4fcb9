package io.github.jdpay.client.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.statement.Discrepancy;
import io.github.jdpay.model.statement.Reconciliation;
import io.github.jdpay.model.statement.StatementColumns;
import io.github.jdpay.protocol.statement.StatementReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation against the application's ledger: every kind of disagreement found and counted, and a statement of
 * 200,000 rows read from a file in bounded memory (the heap is measured and printed, never timed).
 */
class StatementReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static final int ROWS = 200_000;

    private static final String HEADER = "交易时间,商户订单号,京东订单号,交易金额,交易类型,备注\r\n";

    private static String tradeNum(int i) {
        return String.format("T%06d", i);
    }

    private static long fen(int i) {
        return (i % 9_999) + 1;
    }

    /** The shop's ledger: every trade 0 … ROWS-1. */
    private static final JdPayLedger LEDGER = (day, trade) -> {
        for (int i = 0; i < ROWS; i++) {
            trade.accept(tradeNum(i), Money.ofFen(fen(i)));
        }
    };

    /** JD's file: trade 7 missing, trade 13 for one fen more, an extra X1; the rest as the ledger says. */
    private static void writeStatement(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("20261202ordercreate_110210007001.csv"));
            Writer csv = new BufferedWriter(new OutputStreamWriter(zip, Charset.forName("GBK")));
            csv.write(HEADER);
            for (int i = 0; i < ROWS; i++) {
                if (i != 7) {
                    long amount = fen(i) + ((i == 13) ? 1 : 0);
                    csv.write("2026-12-02 10:00:00," + tradeNum(i) + ",J" + i + "," + yuan(amount) + ",支付,龙井茶\r\n");
                }
            }
            csv.write("2026-12-02 23:59:59,X1,J-x,9.99,支付,\r\n");
            csv.flush();
            zip.closeEntry();
        }
    }

    private static String yuan(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }

    @Test
    void aStatementOf200000RowsIsReconciledInBoundedMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statement.zip");
        writeStatement(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);

        StatementReconciler reconciler = StatementReconciler.start(DAY, LEDGER, 10);
        long withLedger = usedAfterGc(memory);
        long[] highest = {withLedger};
        long rows;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            rows = new StatementReader(StatementColumns.ASSUMED).read(in, row -> {
                reconciler.accept(row);
                if (row.line() % 50_000 == 0) {
                    highest[0] = Math.max(highest[0], usedAfterGc(memory));
                }
            });
        }
        Reconciliation result = reconciler.finish();
        long after = usedAfterGc(memory);

        System.out.printf(
                "statement-heap: %d rows; ledger of %d trades holds %.1f MB; while streaming the statement the heap"
                        + " after GC grew by at most %.1f MB beyond that; %.1f MB after the report%n",
                rows, ROWS, mb(withLedger - before), mb(highest[0] - withLedger), mb(after - before));
        assertThat(rows).isEqualTo(ROWS);
        assertThat(result.matched()).isEqualTo(ROWS - 2);
        assertThat(result.missing()).containsExactly(new Discrepancy("T000007", Money.ofFen(8), null));
        assertThat(result.extra()).containsExactly(new Discrepancy("X1", null, Money.ofFen(999)));
        assertThat(result.mismatched()).containsExactly(new Discrepancy("T000013", Money.ofFen(14), Money.ofFen(15)));
        assertThat(result.isClean()).isFalse();
        // Rows are not kept: what streaming adds is far below what 200,000 row objects would take (over 100 MB).
        assertThat(highest[0] - withLedger).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void countsAreCompleteAndListsStopAtTheLimit() {
        StatementReconciler reconciler = StatementReconciler.start(
                DAY,
                (day, trade) -> {
                    for (int i = 0; i < 5; i++) {
                        trade.accept("L" + i, Money.ofFen(100));
                    }
                },
                2);

        Reconciliation result = reconciler.finish();

        assertThat(result.missingCount()).isEqualTo(5);
        assertThat(result.missing()).extracting(Discrepancy::tradeNum).containsExactly("L0", "L1");
        assertThat(result.rows()).isZero();
    }

    @Test
    void aLedgerThatListsATradeTwiceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatementReconciler.start(
                        DAY,
                        (day, trade) -> {
                            trade.accept("L1", Money.ofFen(1));
                            trade.accept("L1", Money.ofFen(1));
                        },
                        10))
                .withMessageContaining("L1");
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
