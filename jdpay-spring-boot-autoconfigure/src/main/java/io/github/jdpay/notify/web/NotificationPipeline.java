package io.github.jdpay.notify.web;

import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotificationSource;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.VerifiedNotification;
import io.github.jdpay.notify.handler.NotifyHandlerMethod;
import io.github.jdpay.notify.handler.NotifyHandlerRegistry;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The steps every notification goes through, whatever endpoint it came to: bounded read, the source's verification,
 * the amount check, the handler run once through the idempotency store, and the answer. Each outcome is logged once,
 * without payload; a repeat of a handled notification at DEBUG only.
 * Thread-safe.
 */
public final class NotificationPipeline {

    private static final Log logger = LogFactory.getLog(NotificationPipeline.class);

    /** Enough to diagnose a misconfigured key, too few for a flood of rubbish to fill the log. */
    static final int REJECTIONS_LOGGED_PER_MINUTE = 20;

    /** Comfortably above JD's 120-minute retry schedule. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

    private final NotifyHandlerRegistry handlers;

    private final IdempotencyStore store;

    private final @Nullable JdPayExpectedAmounts expectedAmounts;

    private final int maxBodyBytes;

    private final NotificationMonitoring monitoring;

    private final RejectionLog rejections;

    private final Duration maxAge;

    private final InstantSource clock;

    /**
     * A pipeline that makes no observation.
     *
     * @param handlers the handler methods
     * @param store records claimed and handled notifications
     * @param expectedAmounts the application's expected amounts, if it has them
     * @param maxBodyBytes the largest body read; a larger one is refused
     */
    public NotificationPipeline(
            NotifyHandlerRegistry handlers,
            IdempotencyStore store,
            @Nullable JdPayExpectedAmounts expectedAmounts,
            int maxBodyBytes) {
        this(
                handlers,
                store,
                expectedAmounts,
                maxBodyBytes,
                DEFAULT_MAX_AGE,
                Clock.systemUTC(),
                NotificationMonitoring.none());
    }

    /**
     * @param handlers the handler methods
     * @param store records claimed and handled notifications
     * @param expectedAmounts the application's expected amounts, if it has them
     * @param maxBodyBytes the largest body read; a larger one is refused
     * @param maxAge the oldest signed trade time accepted; the store must remember handled keys at least as long
     * @param clock tells the time the replay window and the log's rate limit are measured on
     * @param monitoring the observation registry and listener that see every delivery
     */
    public NotificationPipeline(
            NotifyHandlerRegistry handlers,
            IdempotencyStore store,
            @Nullable JdPayExpectedAmounts expectedAmounts,
            int maxBodyBytes,
            Duration maxAge,
            InstantSource clock,
            NotificationMonitoring monitoring) {
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive but is " + maxAge);
        }
        this.rejections = new RejectionLog(logger, clock, REJECTIONS_LOGGED_PER_MINUTE);
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.store = Objects.requireNonNull(store, "store");
        this.expectedAmounts = expectedAmounts;
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive but is " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Handles one POST.
     *
     * @param source opens bodies of the endpoint the POST came to
     * @param body the request body, read no further than the limit
     * @param declaredLength the {@code Content-Length}, or -1 if unknown; the limit holds whatever it says
     */
    NotificationAnswer process(JdPayNotificationSource source, InputStream body, long declaredLength) {
        try (NotificationRun run = new NotificationRun(this.monitoring, source)) {
            return process(source, body, declaredLength, run);
        }
    }

    private NotificationAnswer process(
            JdPayNotificationSource source, InputStream body, long declaredLength, NotificationRun run) {
        VerifiedNotification verified;
        try {
            verified = source.open(read(body, declaredLength));
            run.verified(verified.notification());
            checkAge(verified.notification());
            checkAmount(verified.notification());
        } catch (NotificationRejectedException ex) {
            run.rejected(ex);
            return rejected(ex);
        } catch (IOException ex) {
            run.rejected(new NotificationRejectedException(Reason.MALFORMED, "body could not be read", ex));
            this.rejections.warn("JD Pay notification refused: its body could not be read (" + ex.getMessage() + ")");
            return NotificationAnswer.fail(400);
        } catch (RuntimeException ex) {
            run.failed(ex);
            logger.error("JD Pay notification could not be checked; answered 503 so that JD sends it again", ex);
            return NotificationAnswer.fail(503);
        }
        JdPayNotification notification = verified.notification();
        NotifyHandlerMethod handler = this.handlers.handlerFor(notification.getClass());
        if (handler == null) {
            run.ended(JdPayNotificationOutcome.NO_HANDLER);
            logger.error(describe(notification) + " is verified but no @JdPayNotifyHandler method takes "
                    + notification.getClass().getSimpleName() + "; answered 501 so that JD sends it again");
            return NotificationAnswer.fail(501);
        }
        return handle(source, verified, handler, run);
    }

    private byte[] read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > this.maxBodyBytes) {
            throw tooLarge();
        }
        // One byte more than allowed tells a body at the limit from one beyond it, whatever Content-Length said.
        byte[] bytes = body.readNBytes(this.maxBodyBytes + 1);
        if (bytes.length > this.maxBodyBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private NotificationRejectedException tooLarge() {
        return new NotificationRejectedException(
                Reason.TOO_LARGE, "body is larger than " + this.maxBodyBytes + " bytes (jdpay.notify.max-body-size)");
    }

    /** JD signs no send time, but it signs the trade time: a notification cannot be younger than its trade. */
    private void checkAge(JdPayNotification notification) {
        Instant signed = notification.signedTime();
        if (signed != null && signed.isBefore(this.clock.instant().minus(this.maxAge))) {
            throw new NotificationRejectedException(
                    Reason.EXPIRED,
                    describe(notification) + " has trade time " + signed + ", older than " + this.maxAge
                            + " (jdpay.notify.max-age): a replay, or a delivery long after JD's retries end");
        }
    }

    private void checkAmount(JdPayNotification notification) {
        if (this.expectedAmounts == null) {
            return;
        }
        Optional<Money> expected =
                this.expectedAmounts.expectedAmount(notification.merchantName(), notification.tradeNum());
        if (expected.isPresent() && !expected.get().equals(notification.amount())) {
            throw new NotificationRejectedException(
                    Reason.AMOUNT_MISMATCH,
                    describe(notification) + " reports " + notification.amount() + " but " + expected.get()
                            + " is expected");
        }
    }

    private NotificationAnswer rejected(NotificationRejectedException ex) {
        if (ex.getReason() == Reason.AMOUNT_MISMATCH) {
            // Only a notification that verified gets here: it cannot be forged in bulk, and it needs a person.
            logger.error("JD Pay notification refused, handler not called: " + ex.getMessage());
        } else {
            this.rejections.warn("JD Pay notification refused (" + ex.getReason() + "): " + ex.getMessage());
        }
        return NotificationAnswer.fail((ex.getReason() == Reason.TOO_LARGE) ? 413 : 400);
    }

    private NotificationAnswer handle(
            JdPayNotificationSource source,
            VerifiedNotification verified,
            NotifyHandlerMethod handler,
            NotificationRun run) {
        JdPayNotification notification = verified.notification();
        String key = verified.idempotencyKey();
        // The pipeline marks its own work's failure: whatever the store throws besides is the store's.
        Exception[] handlerFailure = new Exception[1];
        IdempotencyStore.Outcome outcome;
        try {
            outcome = this.store.runOnce(key, () -> {
                try {
                    handler.invoke(notification);
                } catch (Exception ex) {
                    handlerFailure[0] = ex;
                    throw ex;
                }
            });
        } catch (Exception ex) {
            if (handlerFailure[0] != null) {
                run.ended(JdPayNotificationOutcome.HANDLER_FAILED);
                run.failed(handlerFailure[0]);
                logger.error(
                        describe(notification) + " failed in " + handler + "; answered 500 so that JD sends it again",
                        handlerFailure[0]);
                return NotificationAnswer.fail(500);
            }
            run.ended(JdPayNotificationOutcome.STORE_FAILED);
            run.failed(ex);
            logger.error(describe(notification) + " not handled: the idempotency store failed; answered 503", ex);
            return NotificationAnswer.fail(503);
        }
        if (outcome == IdempotencyStore.Outcome.DONE) {
            run.ended(JdPayNotificationOutcome.DUPLICATE);
            // JD repeats every notification until it hears success, and anyone can replay one: a line per repeat at
            // INFO would grow the log with traffic that changes nothing. The observation's outcome counts them.
            if (logger.isDebugEnabled()) {
                logger.debug(describe(notification) + " was handled before; answered success again");
            }
            return NotificationAnswer.acknowledged(source);
        }
        if (outcome == IdempotencyStore.Outcome.IN_PROGRESS) {
            run.ended(JdPayNotificationOutcome.IN_PROGRESS);
            logger.info(describe(notification) + " is being handled by another delivery; answered 409");
            return NotificationAnswer.fail(409);
        }
        run.ended(JdPayNotificationOutcome.HANDLED);
        logger.info(describe(notification) + " handled by " + handler);
        return NotificationAnswer.acknowledged(source);
    }

    private static String describe(JdPayNotification notification) {
        return "JD Pay " + notification.getClass().getSimpleName() + " " + notification.tradeNum() + " of merchant "
                + notification.merchantName() + " (" + notification.merchantNo() + ")";
    }
}
