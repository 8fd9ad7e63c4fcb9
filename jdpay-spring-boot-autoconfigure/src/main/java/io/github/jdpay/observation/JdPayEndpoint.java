package io.github.jdpay.observation;

import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code jdpay} actuator endpoint, read-only: this instance's recent notifications (identifiers and outcome
 * only), the deliveries being processed now, and counts by outcome since start.
 */
@Endpoint(id = "jdpay")
public class JdPayEndpoint {

    private final JdPayNotificationJournal journal;

    public JdPayEndpoint(JdPayNotificationJournal journal) {
        this.journal = journal;
    }

    /** What this instance saw of notifications. */
    @ReadOperation
    public Notifications notifications() {
        return new Notifications(this.journal.recent(), this.journal.inProgress(), this.journal.counts());
    }

    /**
     * The endpoint's answer.
     *
     * @param recent the last deliveries, newest first
     * @param inProgress deliveries being processed by this instance now (claims it holds)
     * @param counts deliveries since start, by outcome
     */
    public record Notifications(
            List<JdPayNotificationJournal.Entry> recent, int inProgress, Map<JdPayNotificationOutcome, Long> counts) {}
}
