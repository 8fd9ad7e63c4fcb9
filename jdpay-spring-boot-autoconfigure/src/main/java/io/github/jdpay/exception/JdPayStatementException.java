package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/**
 * A statement file (对账单) could not be read: not a zip, no CSV in it, a row that does not fit the header, a value that
 * is not what its column holds. {@link #line()} says where, when it is a row.
 */
public class JdPayStatementException extends JdPayMalformedMessageException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public JdPayStatementException(String message, long line, @Nullable Throwable cause) {
        super((line > 0) ? "statement line " + line + ": " + message : "statement: " + message, cause);
        this.line = line;
    }

    /** The 1-based line of the CSV the problem is on, 0 when it is not about one line. */
    public long line() {
        return this.line;
    }
}
