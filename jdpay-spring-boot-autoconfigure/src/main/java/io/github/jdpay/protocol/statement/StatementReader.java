package io.github.jdpay.protocol.statement;

import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayStatementException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.statement.StatementColumns;
import io.github.jdpay.model.statement.StatementRow;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads JD's statement file as it arrives: a zip holding a GBK CSV, with a header line naming the columns. Rows are
 * handed over one at a time and never collected, so memory does not grow with the file. Blank lines and lines
 * starting with {@code #} (summaries) are skipped. Thread-safe; each {@link #read} is independent.
 */
public final class StatementReader {

    /** JD's statements are GBK, as Chinese spreadsheet tools write them. */
    public static final Charset GBK = Charset.forName("GBK");

    private final StatementColumns columns;

    public StatementReader(StatementColumns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /**
     * Reads the first {@code .csv} entry of the zip {@code in} and hands each row to {@code sink}.
     *
     * @return the number of rows read
     * @throws JdPayStatementException if the input is not a zip, holds no CSV, or a row does not read
     */
    public long read(InputStream in, Consumer<StatementRow> sink) {
        try (ZipInputStream zip = new ZipInputStream(in, GBK)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()
                        && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    return readCsv(zip, sink);
                }
            }
            throw new JdPayStatementException("not a zip file, or a zip without a .csv entry", 0, null);
        } catch (ZipException | EOFException ex) {
            throw new JdPayStatementException("the zip file is corrupt or cut short: " + ex.getMessage(), 0, ex);
        } catch (CharacterCodingException ex) {
            throw new JdPayStatementException("the CSV is not GBK text", 0, ex);
        } catch (IOException ex) {
            throw new JdPayStatementException("the statement could not be read: " + ex.getMessage(), 0, ex);
        }
    }

    /** Reads a CSV that is not zipped, as {@link #read} does inside the zip. */
    public long readCsv(InputStream csv, Consumer<StatementRow> sink) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(
                csv,
                GBK.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        CsvRecords records = new CsvRecords(text);
        List<String> header = nextRecord(records);
        if (header == null) {
            throw new JdPayStatementException("the CSV has no header line", 0, null);
        }
        String[] names = header(header, records.recordLine());
        long rows = 0;
        List<String> record;
        while ((record = nextRecord(records)) != null) {
            sink.accept(row(names, record, records.recordLine()));
            rows++;
        }
        return rows;
    }

    private static @Nullable List<String> nextRecord(CsvRecords records) throws IOException {
        List<String> record;
        do {
            record = records.next();
        } while (record != null && isSkipped(record));
        return record;
    }

    private static boolean isSkipped(List<String> record) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return true;
        }
        return clean(record.get(0)).startsWith("#");
    }

    private String[] header(List<String> header, long line) {
        String[] names = new String[header.size()];
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = clean(header.get(i));
            if (seen.put(names[i], i) != null) {
                throw new JdPayStatementException("the header names column " + names[i] + " twice", line, null);
            }
        }
        for (String required : new String[] {this.columns.tradeNum(), this.columns.amount()}) {
            if (!seen.containsKey(required)) {
                throw new JdPayStatementException(
                        "the header has no column " + required + " (it has " + seen.keySet() + ")", line, null);
            }
        }
        return names;
    }

    private StatementRow row(String[] names, List<String> record, long line) {
        if (record.size() != names.length) {
            throw new JdPayStatementException(
                    "the row has " + record.size() + " columns, the header " + names.length, line, null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], clean(record.get(i)));
        }
        String tradeNum = valueOf(values, this.columns.tradeNum());
        if (tradeNum.isEmpty()) {
            throw new JdPayStatementException("the row has no " + this.columns.tradeNum(), line, null);
        }
        return new StatementRow(
                line,
                tradeNum,
                amount(valueOf(values, this.columns.amount()), line),
                blankToNull(values.get(this.columns.tradeType())),
                blankToNull(values.get(this.columns.tradeTime())),
                values);
    }

    /** A column the header was checked to have; empty if a row somehow lacks it. */
    private static String valueOf(Map<String, String> values, String column) {
        String value = values.get(column);
        return (value != null) ? value : "";
    }

    /** Yuan with up to two decimals; a sign (refunds may carry one) and thousands separators are dropped. */
    private Money amount(String text, long line) {
        String digits = text.replace(",", "").replace("¥", "");
        if (digits.startsWith("-") || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            return Money.ofYuan(digits);
        } catch (JdPayException | NumberFormatException ex) {
            throw new JdPayStatementException(
                    this.columns.amount() + " is not an amount in yuan: '" + text + "'", line, ex);
        }
    }

    /** Trims, and drops the marks spreadsheets need to keep long numbers as text (a BOM, a back-quote, {@code ="…"}). */
    private static String clean(String value) {
        String text = value.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("`")) {
            text = text.substring(1);
        }
        if (text.length() >= 3 && text.startsWith("=\"") && text.endsWith("\"")) {
            text = text.substring(2, text.length() - 1);
        }
        return text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isEmpty()) ? null : value;
    }
}
