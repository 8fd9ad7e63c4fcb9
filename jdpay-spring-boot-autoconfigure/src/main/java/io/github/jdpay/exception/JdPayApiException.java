package io.github.jdpay.exception;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** JD answered with a business result code other than {@code 000000}. */
public class JdPayApiException extends JdPayException {

    private static final long serialVersionUID = 1L;

    /**
     * Refund refused for lack of available balance (可用余额不足). It is final: the refund number it was given for is
     * spent, and a new attempt needs a new refund {@code tradeNum}.
     */
    public static final String REFUND_INSUFFICIENT_BALANCE = "RFND100008";

    private static final Set<String> FINAL_CODES = Set.of(REFUND_INSUFFICIENT_BALANCE);

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

    /**
     * Whether JD has settled the trade number for good with this code, so that trying again needs a new
     * {@code tradeNum}. Known for {@value #REFUND_INSUFFICIENT_BALANCE}; {@code false} means "not known to be final",
     * not "safe to repeat".
     */
    public boolean isFinal() {
        return FINAL_CODES.contains(this.code);
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
