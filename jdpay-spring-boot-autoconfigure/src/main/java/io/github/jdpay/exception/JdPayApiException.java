package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/** JD answered with a business result code other than {@code 000000}. */
public class JdPayApiException extends JdPayException {

    private static final long serialVersionUID = 1L;

    private final String code;

    private final String description;

    private final @Nullable String operation;

    private final @Nullable String tradeNum;

    public JdPayApiException(String code, String description, @Nullable String operation, @Nullable String tradeNum) {
        super(message(code, description, operation, tradeNum));
        this.code = code;
        this.description = description;
        this.operation = operation;
        this.tradeNum = tradeNum;
    }

    private static String message(
            String code, String description, @Nullable String operation, @Nullable String tradeNum) {
        StringBuilder sb = new StringBuilder("JD Pay ");
        sb.append(operation != null ? operation : "call")
                .append(" failed with ")
                .append(code);
        if (!description.isEmpty()) {
            sb.append(" (").append(description).append(')');
        }
        if (tradeNum != null) {
            sb.append(" for tradeNum ").append(tradeNum);
        }
        return sb.toString();
    }

    /** JD's result code, such as {@code RFND100008}. */
    public String getCode() {
        return this.code;
    }

    /** JD's description of the result, as sent (often Chinese). */
    public String getDescription() {
        return this.description;
    }

    /** The operation that failed, such as {@code refund}, when known. */
    public @Nullable String getOperation() {
        return this.operation;
    }

    /** The merchant trade number of the failed call, when it had one. */
    public @Nullable String getTradeNum() {
        return this.tradeNum;
    }
}
