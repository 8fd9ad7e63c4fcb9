package io.github.jdpay.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.observation.JdPayNotificationObservationContext;
import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The journal keeps the newest deliveries up to its capacity, counts every one, and knows which are in progress. */
class JdPayNotificationJournalTest {

    private static JdPayNotificationObservationContext handled(int n) {
        JdPayNotificationObservationContext context =
                new JdPayNotificationObservationContext(Instant.ofEpochSecond(n), "unknown");
        context.verified("trade", "default", "T" + n);
        context.ended(JdPayNotificationOutcome.HANDLED);
        return context;
    }

    @Test
    void keepsTheNewestUpToItsCapacityAndCountsThemAll() {
        JdPayNotificationJournal journal = new JdPayNotificationJournal(3);
        for (int n = 1; n <= 5; n++) {
            JdPayNotificationObservationContext context = handled(n);
            journal.started(context);
            journal.finished(context);
        }

        assertThat(journal.recent())
                .extracting(JdPayNotificationJournal.Entry::tradeNum)
                .containsExactly("T5", "T4", "T3");
        assertThat(journal.counts()).containsEntry(JdPayNotificationOutcome.HANDLED, 5L);
        assertThat(journal.inProgress()).isZero();
    }

    @Test
    void aDeliveryIsInProgressUntilItFinishes() {
        JdPayNotificationJournal journal = new JdPayNotificationJournal(3);
        JdPayNotificationObservationContext refused = new JdPayNotificationObservationContext(Instant.EPOCH, "unknown");
        journal.started(refused);
        assertThat(journal.inProgress()).isEqualTo(1);

        refused.rejected(Reason.SIGNATURE, "default");
        journal.finished(refused);

        assertThat(journal.inProgress()).isZero();
        assertThat(journal.recent()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("REJECTED");
            assertThat(entry.reason()).isEqualTo("SIGNATURE");
            assertThat(entry.merchant()).isEqualTo("default");
            assertThat(entry.tradeNum()).isNull();
        });
    }

    @Test
    void aJournalKeepsAtLeastOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JdPayNotificationJournal(0));
    }
}
