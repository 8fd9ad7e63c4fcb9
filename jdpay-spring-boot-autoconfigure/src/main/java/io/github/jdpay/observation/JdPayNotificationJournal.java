package io.github.jdpay.observation;

import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.observation.JdPayNotificationListener;
import io.github.jdpay.notify.observation.JdPayNotificationObservationContext;
import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.Nullable;

/**
 * This instance's memory of notifications since start: the last few deliveries (identifiers and outcome only, never
 * the payload, an amount or a user's data), the deliveries being processed now, and counts by outcome. Thread-safe.
 */
public final class JdPayNotificationJournal implements JdPayNotificationListener {

    private static final JdPayNotificationOutcome[] OUTCOMES = JdPayNotificationOutcome.values();

    private final int capacity;

    private final Deque<Entry> recent;

    private final AtomicInteger inProgress = new AtomicInteger();

    private final AtomicLongArray counts = new AtomicLongArray(OUTCOMES.length);

    /** @param capacity how many recent deliveries are kept */
    public JdPayNotificationJournal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive but is " + capacity);
        }
        this.capacity = capacity;
        this.recent = new ArrayDeque<>(capacity);
    }

    @Override
    public void started(JdPayNotificationObservationContext context) {
        this.inProgress.incrementAndGet();
    }

    @Override
    public void finished(JdPayNotificationObservationContext context) {
        this.inProgress.decrementAndGet();
        this.counts.incrementAndGet(context.getOutcome().ordinal());
        Reason reason = context.getReason();
        Entry entry = new Entry(
                context.getReceived(),
                context.getKind(),
                context.getMerchantName(),
                context.getTradeNum(),
                context.getOutcome().name(),
                (reason != null) ? reason.name() : null);
        synchronized (this.recent) {
            if (this.recent.size() == this.capacity) {
                this.recent.removeLast();
            }
            this.recent.addFirst(entry);
        }
    }

    /** The last deliveries, newest first. */
    public List<Entry> recent() {
        synchronized (this.recent) {
            return List.copyOf(new ArrayList<>(this.recent));
        }
    }

    /** Deliveries being processed by this instance now. */
    public int inProgress() {
        return this.inProgress.get();
    }

    /** Deliveries since start, by outcome (every outcome, zeros included). */
    public Map<JdPayNotificationOutcome, Long> counts() {
        Map<JdPayNotificationOutcome, Long> counts = new EnumMap<>(JdPayNotificationOutcome.class);
        for (JdPayNotificationOutcome outcome : OUTCOMES) {
            counts.put(outcome, this.counts.get(outcome.ordinal()));
        }
        return counts;
    }

    /**
     * One delivery as remembered.
     *
     * @param time when it arrived
     * @param kind {@code trade}, {@code refund}, {@code aggregate} or {@code unknown}
     * @param merchant the configured merchant name, or {@code unknown}
     * @param tradeNum the verified trade number, or {@code null} when it was refused before verification
     * @param outcome how it ended
     * @param reason why it was refused, if it was
     */
    public record Entry(
            Instant time,
            String kind,
            String merchant,
            @Nullable String tradeNum,
            String outcome,
            @Nullable String reason) {}
}
