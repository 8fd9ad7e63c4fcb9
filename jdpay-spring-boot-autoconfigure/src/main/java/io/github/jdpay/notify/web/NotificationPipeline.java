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
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The steps every notification goes through, whatever endpoint it came to: bounded read, the source's verification,
 * the amount check, the idempotency claim, the handler, and the answer. Each outcome is logged once, without payload.
 * Thread-safe.
 */
public final class NotificationPipeline {

    private static final Log logger = LogFactory.getLog(NotificationPipeline.class);

    private final NotifyHandlerRegistry handlers;

    private final IdempotencyStore store;

    private final @Nullable JdPayExpectedAmounts expectedAmounts;

    private final int maxBodyBytes;

    /**
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
        VerifiedNotification verified;
        try {
            verified = source.open(read(body, declaredLength));
            checkAmount(verified.notification());
        } catch (NotificationRejectedException ex) {
            return rejected(ex);
        } catch (IOException ex) {
            logger.warn("JD Pay notification refused: its body could not be read (" + ex.getMessage() + ")");
            return NotificationAnswer.fail(400);
        } catch (RuntimeException ex) {
            logger.error("JD Pay notification could not be checked; answered 503 so that JD sends it again", ex);
            return NotificationAnswer.fail(503);
        }
        JdPayNotification notification = verified.notification();
        NotifyHandlerMethod handler = this.handlers.handlerFor(notification.getClass());
        if (handler == null) {
            logger.error(describe(notification) + " is verified but no @JdPayNotifyHandler method takes "
                    + notification.getClass().getSimpleName() + "; answered 501 so that JD sends it again");
            return NotificationAnswer.fail(501);
        }
        return handle(source, verified, handler);
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

    private static NotificationAnswer rejected(NotificationRejectedException ex) {
        if (ex.getReason() == Reason.AMOUNT_MISMATCH) {
            logger.error("JD Pay notification refused, handler not called: " + ex.getMessage());
        } else {
            logger.warn("JD Pay notification refused (" + ex.getReason() + "): " + ex.getMessage());
        }
        return NotificationAnswer.fail((ex.getReason() == Reason.TOO_LARGE) ? 413 : 400);
    }

    private NotificationAnswer handle(
            JdPayNotificationSource source, VerifiedNotification verified, NotifyHandlerMethod handler) {
        JdPayNotification notification = verified.notification();
        String key = verified.idempotencyKey();
        IdempotencyStore.Claim claim;
        try {
            claim = this.store.claim(key);
        } catch (RuntimeException ex) {
            logger.error(describe(notification) + " not handled: the idempotency store failed; answered 503", ex);
            return NotificationAnswer.fail(503);
        }
        if (claim == IdempotencyStore.Claim.DONE) {
            logger.info(describe(notification) + " was handled before; answered success again");
            return NotificationAnswer.acknowledged(source);
        }
        if (claim == IdempotencyStore.Claim.IN_PROGRESS) {
            logger.info(describe(notification) + " is being handled by another delivery; answered 409");
            return NotificationAnswer.fail(409);
        }
        boolean handled = false;
        try {
            handler.invoke(notification);
            handled = true;
        } catch (Exception ex) {
            logger.error(
                    describe(notification) + " failed in " + handler + "; answered 500 so that JD sends it again", ex);
            return NotificationAnswer.fail(500);
        } finally {
            if (!handled) {
                release(key);
            }
        }
        complete(notification, key);
        logger.info(describe(notification) + " handled by " + handler);
        return NotificationAnswer.acknowledged(source);
    }

    private void release(String key) {
        try {
            this.store.release(key);
        } catch (RuntimeException ex) {
            logger.error(
                    "Could not release the claim of JD Pay notification " + key
                            + "; the next delivery takes it over after the in-progress timeout",
                    ex);
        }
    }

    private void complete(JdPayNotification notification, String key) {
        try {
            this.store.complete(key);
        } catch (RuntimeException ex) {
            // The work is done: JD must hear success, or it would send the notification again and again.
            logger.error(
                    describe(notification) + " was handled but could not be recorded as such (" + key
                            + "); a delivery after the in-progress timeout would be handled again",
                    ex);
        }
    }

    private static String describe(JdPayNotification notification) {
        return "JD Pay " + notification.getClass().getSimpleName() + " " + notification.tradeNum() + " of merchant "
                + notification.merchantName() + " (" + notification.merchantNo() + ")";
    }
}
