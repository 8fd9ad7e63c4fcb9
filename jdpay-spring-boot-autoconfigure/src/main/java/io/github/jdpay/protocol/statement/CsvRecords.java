package io.github.jdpay.protocol.statement;

import io.github.jdpay.exception.JdPayStatementException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks), so a file of
 * any length is read in the memory of one record. Lines are counted for error messages.
 */
final class CsvRecords {

    /** Longest field we accept: a broken quote must not swallow the rest of the file into one value. */
    private static final int FIELD_MAX = 64 * 1024;

    private final Reader in;

    private long line = 1;

    private long recordLine;

    private int pushedBack = -2;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line the last record returned started on. */
    long recordLine() {
        return this.recordLine;
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    @Nullable
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        this.recordLine = this.line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new JdPayStatementException("a quoted field is never closed", this.recordLine, null);
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    append(field, c);
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c != ',') {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            unread(after);
                        }
                    }
                    return fields;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(field, c);
            }
            c = read();
        }
    }

    private void append(StringBuilder field, int c) {
        if (field.length() >= FIELD_MAX) {
            throw new JdPayStatementException(
                    "a field is longer than " + FIELD_MAX + " characters", this.recordLine, null);
        }
        field.append((char) c);
    }

    private int read() throws IOException {
        int c;
        if (this.pushedBack != -2) {
            c = this.pushedBack;
            this.pushedBack = -2;
        } else {
            c = this.in.read();
        }
        if (c == '\n') {
            this.line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            this.line--;
        }
        this.pushedBack = c;
    }
}
