package io.github.jdpay.notify;

import io.github.jdpay.exception.JdPayException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A notification the endpoint refuses: answered with a 4xx status and {@code fail}, not handled, nothing stored. The
 * message says why without quoting the payload.
 */
public class NotificationRejectedException extends JdPayException {

    private static final long serialVersionUID = 1L;

    /** Why a notification was refused. */
    public enum Reason {

        /** The body is larger than the configured limit. */
        TOO_LARGE,

        /**
         * The body is not a notification: not the expected envelope, bad encoding, a missing field, or content that
         * does not decrypt with the merchant's DES key.
         */
        MALFORMED,

        /** The notification names a merchant that is not configured. */
        UNKNOWN_MERCHANT,

        /** The signature is missing or does not verify with JD's key. */
        SIGNATURE,

        /** The notification carries a result other than success. */
        FAILURE_RESULT,

        /** The notification is of a kind the source does not deliver. */
        UNSUPPORTED,

        /** The amount differs from the one the application expects for the trade. */
        AMOUNT_MISMATCH,

        /** The trade time JD signed is older than {@code jdpay.notify.max-age}: a replay, or a delivery far too late. */
        EXPIRED
    }

    private final Reason reason;

    private final @Nullable String merchantName;

    public NotificationRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public NotificationRejectedException(Reason reason, String message, @Nullable Throwable cause) {
        this(reason, null, message, cause);
    }

    private NotificationRejectedException(
            Reason reason, @Nullable String merchantName, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.merchantName = merchantName;
    }

    /** The same refusal, for the configured merchant whose keys were tried. */
    public NotificationRejectedException forMerchant(String merchantName) {
        NotificationRejectedException named =
                new NotificationRejectedException(this.reason, merchantName, getMessage(), getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** The configured name of the merchant whose keys were tried, if the notification got that far. */
    public @Nullable String getMerchantName() {
        return this.merchantName;
    }

    /** Why the notification was refused. */
    public Reason getReason() {
        return this.reason;
    }
}
