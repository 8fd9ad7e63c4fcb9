package io.github.jdpay.test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/** One notification on its way: up to five attempts on JD's schedule, each recorded in the delivery log. */
final class NotificationJob {

    private final OutgoingNotification notification;

    private final Notifier notifier;

    private final int generation;

    private Instant firstDue = Instant.EPOCH;

    /** The first attempt on the notifier's timer, from which the schedule counts. */
    private long origin;

    NotificationJob(Notifier notifier, OutgoingNotification notification) {
        this.notifier = notifier;
        this.notification = notification;
        this.generation = notifier.generation.get();
    }

    CompletableFuture<Void> start() {
        this.notifier.jobStarted();
        this.firstDue = this.notifier.clock.instant();
        this.origin = this.notifier.timer.now();
        String refusal = this.notifier.targets.refusal(this.notification.url());
        if (refusal != null) {
            recordRefusal(1, false, this.firstDue, refusal);
            this.notifier.jobFinished();
            return CompletableFuture.completedFuture(null);
        }
        return this.notifier.timer.sentNow(attempt(0));
    }

    private boolean stale() {
        return this.generation != this.notifier.generation.get();
    }

    private CompletableFuture<Void> attempt(int index) {
        if (stale()) {
            this.notifier.jobFinished();
            return CompletableFuture.completedFuture(null);
        }
        Instant due = this.firstDue.plus(Notifier.SCHEDULE.get(index));
        CompletableFuture<Boolean> acked = post(index + 1, due, false);
        if (this.notifier.duplicate) {
            acked = acked.thenCompose(first -> post(index + 1, due, true).thenApply(second -> first || second));
        }
        return acked.handle((done, error) -> {
            if (error == null && !done && index + 1 < Notifier.SCHEDULE.size()) {
                scheduleAttempt(index + 1);
            } else {
                this.notifier.jobFinished();
            }
            return null;
        });
    }

    private void scheduleAttempt(int index) {
        try {
            this.notifier.timer.schedule(this.origin, Notifier.SCHEDULE.get(index), () -> attempt(index));
        } catch (RejectedExecutionException ex) {
            // The simulator was closed: pending retries die with it.
            this.notifier.jobFinished();
        }
    }

    private CompletableFuture<Boolean> post(int attempt, Instant due, boolean copy) {
        Instant sentAt = this.notifier.clock.instant();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(this.notification.url().trim()))
                    .timeout(this.notifier.timeout)
                    .header("Content-Type", this.notification.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(this.notification.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException ex) {
            return CompletableFuture.completedFuture(
                    recordRefusal(attempt, copy, due, "invalid notifyUrl").acknowledged());
        }
        return this.notifier
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
            return record(attempt, copy, due, sentAt, 0, null, Notifier.describe(error));
        }
        return record(attempt, copy, due, sentAt, response.statusCode(), response.body(), null);
    }

    private NotificationDelivery recordRefusal(int attempt, boolean copy, Instant due, String problem) {
        return record(attempt, copy, due, this.notifier.clock.instant(), 0, null, problem);
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
        return this.notifier.log.record(sequence -> new NotificationDelivery(
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
