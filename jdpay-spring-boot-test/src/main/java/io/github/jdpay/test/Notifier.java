package io.github.jdpay.test;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Delivers notifications with JD's retry contract: at most five attempts, at the event and then 1, 3, 10 and 120
 * minutes after it, until the receiver answers {@code success} or {@code ok}. The waits pass on a {@link RetryTimer}:
 * in real time divided by the time scale, or when a test advances its {@link ManualTime}.
 */
final class Notifier implements AutoCloseable {

    /** Offsets of the five attempts from the first one. */
    static final List<Duration> SCHEDULE = List.of(
            Duration.ZERO,
            Duration.ofMinutes(1),
            Duration.ofMinutes(3),
            Duration.ofMinutes(10),
            Duration.ofMinutes(120));

    final Clock clock;

    final Duration timeout;

    final NotifyTargets targets;

    final DeliveryLog log;

    private final ExecutorService httpExecutor;

    final RetryTimer timer;

    final @Nullable ManualTime manualTime;

    final HttpClient client;

    private final List<NotificationJob> held = new ArrayList<>();

    private boolean holding;

    /** Bumped by {@link #reset()}: jobs of an older generation stop, so nothing leaks into the next test. */
    final AtomicInteger generation = new AtomicInteger();

    volatile boolean duplicate;

    /** Jobs started and not yet finished: acknowledged, out of attempts, or stopped by a reset. Guarded by itself. */
    private final int[] running = new int[1];

    Notifier(JdPaySimulatorBuilder builder, DeliveryLog log) {
        this.clock = builder.clock;
        this.timeout = builder.notifyTimeout;
        this.targets = new NotifyTargets(builder.notifyAnyHost, builder.notifyHosts);
        this.log = log;
        // An attempt may connect and wait for an answer twice (a duplicate fault sends two copies); a minute more is
        // slack for a loaded machine. A manual time gives up on an attempt only after that.
        this.manualTime = builder.manualTime;
        this.timer = (builder.manualTime != null)
                ? builder.manualTime.timer(this.timeout.multipliedBy(4).plusMinutes(1))
                : new ScaledRetryTimer(builder.timeScale);
        this.httpExecutor = Executors.newCachedThreadPool(DaemonThreads.named("jdpay-simulator-notify"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(this.httpExecutor)
                .build();
    }

    /** Starts delivering a notification, or keeps it back while deliveries are held. */
    void submit(OutgoingNotification notification) {
        NotificationJob job = new NotificationJob(this, notification);
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
        List<NotificationJob> jobs;
        synchronized (this) {
            this.holding = false;
            jobs = new ArrayList<>(this.held);
            this.held.clear();
        }
        if (reversed) {
            Collections.reverse(jobs);
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (NotificationJob job : jobs) {
            chain = chain.thenCompose(ignored -> job.start());
        }
        // The chain as a whole, so that a manual time waits for the later jobs too, which start as earlier ones end.
        return this.timer.sentNow(chain);
    }

    /** Whether every attempt is sent twice. */
    void duplicate(boolean twice) {
        this.duplicate = twice;
    }

    void jobStarted() {
        synchronized (this.running) {
            this.running[0]++;
        }
    }

    void jobFinished() {
        synchronized (this.running) {
            this.running[0]--;
            this.running.notifyAll();
        }
    }

    /**
     * Waits until every started job has finished, so that what the delivery log holds for them is final: a test
     * waits for that fact rather than sleeping and hoping no retry is still to come.
     *
     * @throws IllegalStateException if some job is still running after {@code timeout}
     */
    void awaitSettled(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this.running) {
            while (this.running[0] > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(
                            this.running[0] + " notifications still on their schedule after " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(this.running, left);
            }
        }
    }

    synchronized int heldCount() {
        return this.held.size();
    }

    void reset() {
        synchronized (this) {
            this.generation.incrementAndGet();
            this.holding = false;
            this.held.clear();
            this.duplicate = false;
        }
        this.timer.flush();
    }

    @Override
    public void close() {
        this.timer.close();
        this.httpExecutor.shutdownNow();
    }

    static String describe(@Nullable Throwable error) {
        if (error == null) {
            return "no answer";
        }
        Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }
}
