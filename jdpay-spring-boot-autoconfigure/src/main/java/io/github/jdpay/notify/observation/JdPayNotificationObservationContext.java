package io.github.jdpay.notify.observation;

import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.micrometer.observation.Observation;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code jdpay.notifications} knows of one delivery. Only identifiers are kept: never the payload, an amount or a
 * user's data. Kind and merchant are {@code unknown} until the notification is verified (or its merchant looked up).
 */
public final class JdPayNotificationObservationContext extends Observation.Context {

    /** Value of kind and merchant before they are known. */
    public static final String UNKNOWN = "unknown";

    private final Instant received;

    private String kind;

    private String merchantName = UNKNOWN;

    private @Nullable String tradeNum;

    private JdPayNotificationOutcome outcome = JdPayNotificationOutcome.ERROR;

    private @Nullable Reason reason;

    /**
     * @param received when the delivery arrived
     * @param kind {@code trade}, {@code refund}, {@code aggregate}, or {@value #UNKNOWN} if the endpoint takes several
     */
    public JdPayNotificationObservationContext(Instant received, String kind) {
        this.received = Objects.requireNonNull(received, "received");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** When the delivery arrived. */
    public Instant getReceived() {
        return this.received;
    }

    /** {@code trade}, {@code refund}, {@code aggregate} or {@value #UNKNOWN}. */
    public String getKind() {
        return this.kind;
    }

    /** The configured name of the merchant, or {@value #UNKNOWN}. */
    public String getMerchantName() {
        return this.merchantName;
    }

    /** The verified trade number, if the notification got that far: high cardinality, never a metric tag. */
    public @Nullable String getTradeNum() {
        return this.tradeNum;
    }

    /** How the delivery ended. */
    public JdPayNotificationOutcome getOutcome() {
        return this.outcome;
    }

    /** Why it was refused, for {@link JdPayNotificationOutcome#REJECTED}. */
    public @Nullable Reason getReason() {
        return this.reason;
    }

    /** Records what verification established. */
    public void verified(String kind, String merchantName, String tradeNum) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.merchantName = Objects.requireNonNull(merchantName, "merchantName");
        this.tradeNum = Objects.requireNonNull(tradeNum, "tradeNum");
    }

    /** Records a refusal, and the merchant if its keys were found. */
    public void rejected(Reason reason, @Nullable String merchantName) {
        this.outcome = JdPayNotificationOutcome.REJECTED;
        this.reason = Objects.requireNonNull(reason, "reason");
        if (merchantName != null) {
            this.merchantName = merchantName;
        }
    }

    /** Records how the delivery ended. */
    public void ended(JdPayNotificationOutcome outcome) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }
}
