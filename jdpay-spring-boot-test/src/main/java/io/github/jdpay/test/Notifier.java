package io.github.jdpay.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Delivers notifications with JD's retry contract: at most five attempts, at the event and then 1, 3, 10 and 120
 * minutes after it, until the receiver answers {@code success} or {@code ok}. Waits are divided by the time scale, so
 * a test sees all five attempts in milliseconds.
 */
final class Notifier implements AutoCloseable {

    /** Offsets of the five attempts from the first one. */
    static final List<Duration> SCHEDULE = List.of(
            Duration.ZERO,
            Duration.ofMinutes(1),
            Duration.ofMinutes(3),
            Duration.ofMinutes(10),
            Duration.ofMinutes(120));

    private final Clock clock;

    private final double timeScale;

    private final Duration timeout;

    private final NotifyTargets targets;

    private final DeliveryLog log;

    private final ExecutorService httpExecutor;

    private final ScheduledExecutorService scheduler;

    private final HttpClient client;

    private final List<Job> held = new ArrayList<>();

    private boolean holding;

    /** Bumped by {@link #reset()}: jobs of an older generation stop, so nothing leaks into the next test. */
    private final AtomicInteger generation = new AtomicInteger();

    private volatile boolean duplicate;

    Notifier(Clock clock, double timeScale, Duration timeout, NotifyTargets targets, DeliveryLog log) {
        this.clock = clock;
        this.timeScale = timeScale;
        this.timeout = timeout;
        this.targets = targets;
        this.log = log;
        this.httpExecutor = Executors.newCachedThreadPool(DaemonThreads.named("jdpay-simulator-notify"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("jdpay-simulator-retry"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(this.httpExecutor)
                .build();
    }

    /** Starts delivering a notification, or keeps it back while deliveries are held. */
    void submit(OutgoingNotification notification) {
        Job job = new Job(notification);
        synchronized (this) {
            if (this.holding) {
                this.held.add(job);
                return;
            }
        }
        job.start();
    }

    /** Keeps every new notification back until {@link #release(boolean)}. */
    synchronized void hold() {
        this.holding = true;
    }

    /**
     * Stops holding and sends the held notifications' first attempts one after the other, so they arrive in that order.
     *
     * @param reversed whether the newest goes first, so a refund notification arrives before its payment's
     * @return completes when every first attempt has been answered
     */
    CompletableFuture<Void> release(boolean reversed) {
        List<Job> jobs;
        synchronized (this) {
            this.holding = false;
            jobs = new ArrayList<>(this.held);
            this.held.clear();
        }
        if (reversed) {
            Collections.reverse(jobs);
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Job job : jobs) {
            chain = chain.thenCompose(ignored -> job.start());
        }
        return chain;
    }

    /** Whether every attempt is sent twice. */
    void duplicate(boolean twice) {
        this.duplicate = twice;
    }

    synchronized int heldCount() {
        return this.held.size();
    }

    synchronized void reset() {
        this.generation.incrementAndGet();
        this.holding = false;
        this.held.clear();
        this.duplicate = false;
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
        this.httpExecutor.shutdownNow();
    }

    private final class Job {

        private final OutgoingNotification notification;

        private final int generation = Notifier.this.generation.get();

        private Instant firstDue = Instant.EPOCH;

        private long firstNanos;

        Job(OutgoingNotification notification) {
            this.notification = notification;
        }

        CompletableFuture<Void> start() {
            this.firstDue = Notifier.this.clock.instant();
            this.firstNanos = System.nanoTime();
            String refusal = Notifier.this.targets.refusal(this.notification.url());
            if (refusal != null) {
                recordRefusal(1, false, this.firstDue, refusal);
                return CompletableFuture.completedFuture(null);
            }
            return attempt(0);
        }

        private boolean stale() {
            return this.generation != Notifier.this.generation.get();
        }

        private CompletableFuture<Void> attempt(int index) {
            if (stale()) {
                return CompletableFuture.completedFuture(null);
            }
            Instant due = this.firstDue.plus(SCHEDULE.get(index));
            CompletableFuture<Boolean> acked = post(index + 1, due, false);
            if (Notifier.this.duplicate) {
                acked = acked.thenCompose(first -> post(index + 1, due, true).thenApply(second -> first || second));
            }
            return acked.thenAccept(done -> {
                if (!done && index + 1 < SCHEDULE.size()) {
                    scheduleAttempt(index + 1);
                }
            });
        }

        private void scheduleAttempt(int index) {
            long realOffset = (long) (SCHEDULE.get(index).toNanos() / Notifier.this.timeScale);
            long delay = Math.max(0, this.firstNanos + realOffset - System.nanoTime());
            try {
                Notifier.this.scheduler.schedule(() -> attempt(index), delay, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException ex) {
                // The simulator was closed: pending retries die with it.
            }
        }

        private CompletableFuture<Boolean> post(int attempt, Instant due, boolean copy) {
            Instant sentAt = Notifier.this.clock.instant();
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(
                                URI.create(this.notification.url().trim()))
                        .timeout(Notifier.this.timeout)
                        .header("Content-Type", this.notification.contentType())
                        .POST(HttpRequest.BodyPublishers.ofString(this.notification.body(), StandardCharsets.UTF_8))
                        .build();
            } catch (IllegalArgumentException ex) {
                return CompletableFuture.completedFuture(
                        recordRefusal(attempt, copy, due, "invalid notifyUrl").acknowledged());
            }
            return Notifier.this
                    .client
                    .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, error) -> stale()
                            || recordAnswer(attempt, copy, due, sentAt, response, error)
                                    .acknowledged());
        }

        private NotificationDelivery recordAnswer(
                int attempt,
                boolean copy,
                Instant due,
                Instant sentAt,
                @Nullable HttpResponse<String> response,
                @Nullable Throwable error) {
            if (response == null) {
                return record(attempt, copy, due, sentAt, 0, null, describe(error));
            }
            return record(attempt, copy, due, sentAt, response.statusCode(), response.body(), null);
        }

        private NotificationDelivery recordRefusal(int attempt, boolean copy, Instant due, String problem) {
            return record(attempt, copy, due, Notifier.this.clock.instant(), 0, null, problem);
        }

        private NotificationDelivery record(
                int attempt,
                boolean copy,
                Instant due,
                Instant sentAt,
                int status,
                @Nullable String body,
                @Nullable String problem) {
            OutgoingNotification n = this.notification;
            return Notifier.this.log.record(sequence -> new NotificationDelivery(
                    sequence,
                    n.merchant(),
                    n.tradeNum(),
                    n.tradeType(),
                    attempt,
                    copy,
                    due,
                    sentAt,
                    n.url(),
                    status,
                    body,
                    problem,
                    n.body()));
        }
    }

    private static String describe(@Nullable Throwable error) {
        if (error == null) {
            return "no answer";
        }
        Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }
}
