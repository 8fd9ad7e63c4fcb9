package io.github.jdpay.notify.aggregate;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotificationSource;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.VerifiedNotification;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.AggregateResult;
import java.util.Map;
import java.util.Set;

/**
 * Opens aggregate-pay JSON notifications (aggregate.md §5) for the aggregate merchant as {@link AggregateNotification}.
 *
 * <p>The clear-text {@code merchantNo} of the envelope only picks the keys; everything the notification says comes
 * from the decrypted plaintext, whose MD5 sign is always verified and whose own {@code merchantNo}, when present, must
 * be the merchant's too. A delivery is recognised by merchant, kind (payment or refund), {@code payStatus} and
 * {@code outTradeNo} or {@code outRefundNo}. Thread-safe.
 */
public final class AggregateNotificationSource implements JdPayNotificationSource {

    /** The kind of trade in the idempotency key of a payment notification, distinct from JD Pay 2.0's codes. */
    static final String PAYMENT = "aggregate-pay";

    /** The kind of trade in the idempotency key of a refund notification. */
    static final String REFUND = "aggregate-refund";

    private final String merchantNo;

    private final AggregateCodec codec;

    /** A source for the aggregate merchant, with its DES and MD5 keys. */
    public AggregateNotificationSource(JdPayAggregateMerchant merchant) {
        this.merchantNo = merchant.merchantNo();
        this.codec = new AggregateCodec(merchant.cipher(), merchant.signer());
    }

    @Override
    public Set<Class<? extends JdPayNotification>> notificationTypes() {
        return Set.of(AggregateNotification.class);
    }

    @Override
    public VerifiedNotification open(byte[] body) {
        AggregateEnvelope envelope;
        try {
            envelope = AggregateEnvelope.parse(body);
        } catch (RuntimeException ex) {
            throw refusal(ex);
        }
        String claimed = envelope.merchantNo();
        if (claimed == null || !claimed.trim().equals(this.merchantNo)) {
            throw new NotificationRejectedException(
                    Reason.UNKNOWN_MERCHANT, "aggregate notification for merchant " + claimed + ", not configured");
        }
        try {
            return verified(envelope);
        } catch (RuntimeException ex) {
            // Its keys were tried: the refusal is the aggregate merchant's, as JD Pay 2.0's are their merchant's.
            throw refusal(ex).forMerchant(AggregateNotification.MERCHANT_NAME);
        }
    }

    /** The refusal that a failure to read a notification stands for; any other failure is rethrown as it is. */
    private static NotificationRejectedException refusal(RuntimeException ex) {
        if (ex instanceof NotificationRejectedException rejected) {
            return rejected;
        }
        if (ex instanceof JdPaySignatureException signature) {
            return new NotificationRejectedException(Reason.SIGNATURE, signature.getMessage(), ex);
        }
        if (ex instanceof JdPayMalformedMessageException malformed) {
            // A wrong DES key or a tampered cipherJson shows up as malformed (not JSON) before any sign is checked.
            return new NotificationRejectedException(Reason.MALFORMED, malformed.getMessage(), ex);
        }
        if (ex instanceof IllegalArgumentException) {
            return new NotificationRejectedException(
                    Reason.MALFORMED, "malformed notification: " + ex.getMessage(), ex);
        }
        throw ex;
    }

    private VerifiedNotification verified(AggregateEnvelope envelope) {
        // The outer flag is not signed, but a failure there is reason enough to refuse.
        if (envelope.isFailure()) {
            throw new NotificationRejectedException(
                    Reason.FAILURE_RESULT, "aggregate notification says success=false (" + envelope.errCode() + ")");
        }
        Map<String, String> plain = this.codec.open(envelope, this.merchantNo);
        AggregateResult result = AggregateResult.of(plain);
        if (result != null && !result.success()) {
            throw new NotificationRejectedException(
                    Reason.FAILURE_RESULT, "aggregate notification carries result " + result.code());
        }
        AggregateNotification notification = AggregateNotification.from(this.merchantNo, plain);
        return new VerifiedNotification(notification, key(notification, plain));
    }

    /** SUCCEED and FINISH are one status; a status this version does not know keys by its wire code. */
    private String key(AggregateNotification notification, Map<String, String> plain) {
        PayStatus status = notification.payStatus();
        // Present: the notification could not have been read without it.
        String wire = plain.get("payStatus");
        String wireStatus = (status != PayStatus.UNKNOWN || wire == null) ? status.name() : wire.trim();
        return VerifiedNotification.checkedKey(
                this.merchantNo, notification.isRefund() ? REFUND : PAYMENT, wireStatus, notification.tradeNum());
    }
}
