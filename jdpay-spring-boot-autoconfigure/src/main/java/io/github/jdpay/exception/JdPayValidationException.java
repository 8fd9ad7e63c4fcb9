package io.github.jdpay.exception;

/** A request was refused before anything was signed or sent, because one of its fields is invalid. */
public class JdPayValidationException extends JdPayException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public JdPayValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** Name of the offending field, as JD names it on the wire (for example {@code tradeNum}). */
    public String getField() {
        return this.field;
    }
}
