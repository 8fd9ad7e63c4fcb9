package io.github.jdpay.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** Every notification delivery, in the order they completed, with a way to wait for more. */
final class DeliveryLog {

    private final List<NotificationDelivery> deliveries = new ArrayList<>();

    /** Records a delivery built with the next sequence number. */
    synchronized NotificationDelivery record(LongFunction<NotificationDelivery> delivery) {
        NotificationDelivery recorded = delivery.apply(this.deliveries.size() + 1L);
        this.deliveries.add(recorded);
        notifyAll();
        return recorded;
    }

    synchronized List<NotificationDelivery> all() {
        return List.copyOf(this.deliveries);
    }

    synchronized void clear() {
        this.deliveries.clear();
    }

    /**
     * Waits until at least {@code count} deliveries match.
     *
     * @return the matching deliveries, in order
     * @throws AssertionError if they do not arrive within {@code timeout}, listing what did arrive
     */
    synchronized List<NotificationDelivery> await(Predicate<NotificationDelivery> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<NotificationDelivery> matching =
                    this.deliveries.stream().filter(filter).toList();
            long left = deadline - System.nanoTime();
            if (matching.size() >= count || left <= 0) {
                if (matching.size() < count) {
                    throw new AssertionError("expected " + count + " notification deliveries within " + timeout
                            + " but saw " + matching.size() + ": " + summary(matching));
                }
                return matching;
            }
            try {
                wait(Math.max(1, left / 1_000_000), 0);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for notification deliveries", ex);
            }
        }
    }

    private static String summary(List<NotificationDelivery> deliveries) {
        List<String> lines = new ArrayList<>();
        for (NotificationDelivery d : deliveries) {
            lines.add(d.tradeNum() + "#" + d.attempt() + "->" + ((d.error() != null) ? d.error() : d.httpStatus()));
        }
        return lines.toString();
    }
}
