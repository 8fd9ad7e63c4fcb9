package io.github.jdpay.notify;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Opens JD Pay 2.0 XML notifications (jdpay-v2.md §6.2 and §9) for the configured merchants: payments as
 * {@link TradeNotification}, refunds and revocations as {@link RefundNotification}.
 *
 * <p>The clear-text {@code <merchant>} of the envelope only picks the keys; everything the notification says comes
 * from the decrypted document, whose signature is always verified with JD's key. Thread-safe.
 */
public final class JdPayXmlNotificationSource implements JdPayNotificationSource {

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9]{1,32}");

    private final Map<String, Keys> merchants = new LinkedHashMap<>();

    /**
     * A source for these merchants; of two with the same merchant number, the first is used.
     *
     * @param merchants the configured merchants, with their DES keys and JD's public key
     */
    public JdPayXmlNotificationSource(List<JdPayMerchant> merchants) {
        for (JdPayMerchant merchant : merchants) {
            this.merchants.putIfAbsent(
                    merchant.merchantNo(),
                    new Keys(merchant, new JdPayXmlCodec(merchant.cipher(), merchant.signer(), merchant.verifier())));
        }
    }

    @Override
    public Set<Class<? extends JdPayNotification>> notificationTypes() {
        return Set.of(TradeNotification.class, RefundNotification.class);
    }

    @Override
    public VerifiedNotification open(byte[] body) {
        JdPayEnvelope envelope = envelope(body);
        Keys keys = this.merchants.get(envelope.merchant());
        if (keys == null) {
            // The clear-text merchant is anyone's to write: it reaches the log only if it looks like a number.
            String merchant =
                    MERCHANT_NO.matcher(envelope.merchant()).matches() ? envelope.merchant() : "(not a number)";
            throw new NotificationRejectedException(
                    Reason.UNKNOWN_MERCHANT, "notification for merchant " + merchant + ", not configured");
        }
        // The outer result is not signed, but a failure there is reason enough to refuse.
        JdPayResult outer = envelope.result();
        if (outer != null) {
            requireSuccess(outer);
        }
        JdPayMessage message = verified(keys.codec(), envelope);
        JdPayResult inner = message.result();
        if (inner == null) {
            throw new NotificationRejectedException(Reason.MALFORMED, "signed notification carries no result");
        }
        requireSuccess(inner);
        try {
            return typed(keys.merchant(), message);
        } catch (JdPayMalformedMessageException ex) {
            throw new NotificationRejectedException(Reason.MALFORMED, ex.getMessage(), ex);
        }
    }

    private static JdPayEnvelope envelope(byte[] body) {
        try {
            return JdPayEnvelope.parse(body);
        } catch (JdPayMalformedMessageException ex) {
            throw new NotificationRejectedException(Reason.MALFORMED, ex.getMessage(), ex);
        }
    }

    private static JdPayMessage verified(JdPayXmlCodec codec, JdPayEnvelope envelope) {
        try {
            return codec.open(envelope);
        } catch (JdPaySignatureException ex) {
            throw new NotificationRejectedException(Reason.SIGNATURE, ex.getMessage(), ex);
        } catch (JdPayMalformedMessageException ex) {
            // A wrong DES key shows up here (a broken length prefix, invalid UTF-8), before any signature exists.
            throw new NotificationRejectedException(Reason.MALFORMED, ex.getMessage(), ex);
        }
    }

    private static void requireSuccess(JdPayResult result) {
        if (!result.isSuccess()) {
            throw new NotificationRejectedException(
                    Reason.FAILURE_RESULT, "notification carries result code " + result.code());
        }
    }

    private static VerifiedNotification typed(JdPayMerchant merchant, JdPayMessage message) {
        String tradeType = DocumentReader.optional(message.root(), "tradeType");
        String status = DocumentReader.optional(message.root(), "status");
        String tradeNum = DocumentReader.optional(message.root(), "tradeNum");
        if (tradeType == null || status == null || tradeNum == null) {
            throw new NotificationRejectedException(
                    Reason.MALFORMED, "notification carries no tradeType, status or tradeNum");
        }
        String key = VerifiedNotification.key(merchant.merchantNo(), tradeType.trim(), status.trim(), tradeNum);
        TradeType type = TradeType.fromCode(tradeType.trim());
        return switch (type) {
            case PAYMENT ->
                new VerifiedNotification(
                        TradeNotification.of(merchant, DocumentReader.payment(message.root()), message.document()),
                        key);
            case REFUND, REVOKE ->
                new VerifiedNotification(
                        RefundNotification.of(
                                merchant, DocumentReader.refund(message.root(), type), message.document()),
                        key);
            case UNKNOWN ->
                throw new NotificationRejectedException(
                        Reason.UNSUPPORTED, "notification of unknown tradeType " + tradeType + " for " + tradeNum);
        };
    }

    private record Keys(JdPayMerchant merchant, JdPayXmlCodec codec) {}
}
