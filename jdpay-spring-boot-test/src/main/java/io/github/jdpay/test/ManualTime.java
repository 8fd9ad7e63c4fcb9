package io.github.jdpay.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * JD's time for a simulator, moved by the test: it stands still until {@link #advance(Duration)}, which sends every
 * notification attempt falling due on the way, in order, and returns once each has been answered.
 *
 * <pre>{@code
 * ManualTime time = ManualTime.startingNow();
 * JdPaySimulator jd = JdPaySimulator.builder().testMerchant().manualTime(time).start();
 * jd.pay("T1");                          // the first attempt goes out at once
 * time.advance(Duration.ofMinutes(1));   // the second has been sent and answered when this returns
 * }</pre>
 *
 * <p>Thread-safe; one time may serve several simulators. First attempts are sent when the notification is, as JD
 * does; {@code advance} waits for those still unanswered before it moves on, so {@code advance(Duration.ZERO)} waits
 * for what is due now. Do not call it from a notification handler: it would wait for the handler's own answer.
 */
public final class ManualTime {

    private static final Comparator<Waiting> DUE_ORDER =
            Comparator.comparingLong(Waiting::due).thenComparingLong(Waiting::sequence);

    private final Instant start;

    private final Clock clock = new ManualClock(ZoneOffset.UTC);

    /** Nanoseconds since {@link #start}. Guarded by this. */
    private long elapsed;

    private long sequence;

    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(DUE_ORDER);

    private final List<Sent> inFlight = new ArrayList<>();

    /** Held by {@link #advance(Duration)}: two advances at once would fire attempts out of order. */
    private final Object advancing = new Object();

    private ManualTime(Instant start) {
        this.start = start;
    }

    /** A time that starts at {@code start} and moves only when advanced. */
    public static ManualTime startingAt(Instant start) {
        return new ManualTime(Objects.requireNonNull(start, "start"));
    }

    /**
     * A time that starts at the current instant, so that an application checking the age of signed notifications
     * (as the starter's {@code jdpay.notify.max-age} does) accepts them.
     */
    public static ManualTime startingNow() {
        return new ManualTime(Instant.now());
    }

    /** A clock (in UTC) that reads this time; the simulator signs and records times with it. */
    public Clock clock() {
        return this.clock;
    }

    /** Now, on this time. */
    public synchronized Instant instant() {
        return this.start.plusNanos(this.elapsed);
    }

    /** When the next waiting notification attempt falls due, if one is waiting. */
    public synchronized Optional<Instant> nextDue() {
        Waiting next = this.waiting.peek();
        return (next == null) ? Optional.empty() : Optional.of(this.start.plusNanos(next.due()));
    }

    /**
     * Moves the time forward by {@code duration}: every attempt that falls due on the way is sent at its own instant
     * (the clock stands there while it is), one after the other, retries of those included, and this returns once all
     * have been answered and recorded.
     *
     * @throws IllegalStateException if an attempt is still unanswered long after its notify timeout
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + duration);
        }
        synchronized (this.advancing) {
            long target;
            synchronized (this) {
                target = Math.addExact(this.elapsed, duration.toNanos());
            }
            while (true) {
                awaitInFlight();
                Waiting next;
                synchronized (this) {
                    next = this.waiting.peek();
                    if (next == null || next.due() > target) {
                        this.elapsed = Math.max(this.elapsed, target);
                        return;
                    }
                    this.waiting.poll();
                    this.elapsed = Math.max(this.elapsed, next.due());
                }
                send(next.timer(), next.attempt());
            }
        }
    }

    /** The timer of one simulator's notifier; {@code answerBound} is how long an attempt may take at most. */
    RetryTimer timer(Duration answerBound) {
        return new Timer(answerBound);
    }

    private void send(Timer timer, Supplier<CompletableFuture<?>> attempt) {
        CompletableFuture<?> answered;
        try {
            answered = attempt.get();
        } catch (RuntimeException ex) {
            answered = CompletableFuture.failedFuture(ex);
        }
        track(timer, answered);
    }

    private synchronized void track(Timer timer, CompletableFuture<?> answered) {
        this.inFlight.removeIf(sent -> sent.answered().isDone());
        if (!answered.isDone()) {
            this.inFlight.add(new Sent(timer, answered));
        }
    }

    private void awaitInFlight() {
        while (true) {
            List<Sent> pending;
            synchronized (this) {
                this.inFlight.removeIf(sent -> sent.answered().isDone());
                pending = List.copyOf(this.inFlight);
            }
            if (pending.isEmpty()) {
                return;
            }
            for (Sent sent : pending) {
                await(sent);
            }
        }
    }

    private static void await(Sent sent) {
        Duration bound = sent.timer().answerBound;
        try {
            sent.answered().get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException ex) {
            // The attempt recorded its own failure; only its being over matters here.
        } catch (TimeoutException ex) {
            throw new IllegalStateException("a notification attempt is still unanswered after " + bound, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a notification attempt", ex);
        }
    }

    private synchronized List<Waiting> remove(Timer timer) {
        List<Waiting> removed = new ArrayList<>();
        this.waiting.removeIf(w -> w.timer() == timer && removed.add(w));
        this.inFlight.removeIf(sent -> sent.timer() == timer);
        removed.sort(DUE_ORDER);
        return removed;
    }

    @Override
    public String toString() {
        return "ManualTime[" + instant() + "]";
    }

    private record Waiting(long due, long sequence, Timer timer, Supplier<CompletableFuture<?>> attempt) {}

    private record Sent(Timer timer, CompletableFuture<?> answered) {}

    /** One simulator's view of this time. */
    private final class Timer implements RetryTimer {

        final Duration answerBound;

        private boolean closed;

        Timer(Duration answerBound) {
            this.answerBound = answerBound;
        }

        @Override
        public long now() {
            synchronized (ManualTime.this) {
                return ManualTime.this.elapsed;
            }
        }

        @Override
        public void schedule(long origin, Duration offset, Supplier<CompletableFuture<?>> attempt) {
            synchronized (ManualTime.this) {
                if (this.closed) {
                    throw new RejectedExecutionException("the simulator is closed");
                }
                long due = Math.addExact(origin, offset.toNanos());
                if (due > ManualTime.this.elapsed) {
                    ManualTime.this.waiting.add(new Waiting(due, ManualTime.this.sequence++, this, attempt));
                    return;
                }
            }
            send(this, attempt);
        }

        @Override
        public <T> CompletableFuture<T> sentNow(CompletableFuture<T> answered) {
            track(this, answered);
            return answered;
        }

        @Override
        public void flush() {
            for (Waiting dropped : remove(this)) {
                send(this, dropped.attempt());
            }
        }

        @Override
        public void close() {
            synchronized (ManualTime.this) {
                this.closed = true;
            }
            remove(this);
        }
    }

    /** {@link ManualTime} as a {@link Clock}. */
    private final class ManualClock extends Clock {

        private final ZoneId zone;

        ManualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return this.zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(this.zone) ? this : new ManualClock(zone);
        }

        @Override
        public Instant instant() {
            return ManualTime.this.instant();
        }
    }
}
