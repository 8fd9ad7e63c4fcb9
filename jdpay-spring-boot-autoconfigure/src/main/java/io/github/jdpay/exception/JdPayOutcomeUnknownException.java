package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/**
 * A money-moving call (uniorder, refund, revoke, fkmPay) failed in transit after it may have reached JD.
 *
 * <p>It is never retried blindly: the call may have taken effect. Settle it by querying {@link #getTradeNum()}
 * (for example with {@code JdPayOperations#query}) before deciding to try again.
 */
public class JdPayOutcomeUnknownException extends JdPayTransportException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    private final String tradeNum;

    public JdPayOutcomeUnknownException(String operation, String tradeNum, @Nullable Throwable cause) {
        super(
                "outcome of " + operation + " for tradeNum " + tradeNum + " is unknown: query it before trying again",
                cause);
        this.operation = operation;
        this.tradeNum = tradeNum;
    }

    /** The JD operation whose outcome is unknown, such as {@code refund}. */
    public String getOperation() {
        return this.operation;
    }

    /** The merchant trade number of the call, to be used in the query that settles it. */
    public String getTradeNum() {
        return this.tradeNum;
    }
}
