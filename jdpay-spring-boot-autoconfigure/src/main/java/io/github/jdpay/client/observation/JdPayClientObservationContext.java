package io.github.jdpay.client.observation;

import io.github.jdpay.exception.JdPayApiException;
import io.micrometer.observation.Observation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What {@code jdpay.client.requests} knows of one call to JD: set before the call, completed by its end. */
public final class JdPayClientObservationContext extends Observation.Context {

    private final String operation;

    private final String merchantName;

    private final @Nullable String tradeNum;

    private JdPayClientOutcome outcome = JdPayClientOutcome.SUCCESS;

    private @Nullable String code;

    /**
     * @param operation JD's name of the interface, such as {@code uniorder}
     * @param merchantName the configured name of the merchant (not its number)
     * @param tradeNum the merchant's trade number, when the call has one
     */
    public JdPayClientObservationContext(String operation, String merchantName, @Nullable String tradeNum) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.merchantName = Objects.requireNonNull(merchantName, "merchantName");
        this.tradeNum = tradeNum;
    }

    /** JD's name of the interface. */
    public String getOperation() {
        return this.operation;
    }

    /** The configured name of the merchant. */
    public String getMerchantName() {
        return this.merchantName;
    }

    /** The merchant's trade number of the call, if any: high cardinality, never a metric tag. */
    public @Nullable String getTradeNum() {
        return this.tradeNum;
    }

    /** How the call ended; {@link JdPayClientOutcome#SUCCESS} until {@link #failed} says otherwise. */
    public JdPayClientOutcome getOutcome() {
        return this.outcome;
    }

    /** JD's result code when JD answered with an error, else {@code null}. */
    public @Nullable String getCode() {
        return this.code;
    }

    /** Records the failure the call ended in; the observation's error is set apart, by the observation. */
    public void failed(Throwable failure) {
        this.outcome = JdPayClientOutcome.of(failure);
        this.code = (failure instanceof JdPayApiException api) ? api.getCode() : null;
    }
}
