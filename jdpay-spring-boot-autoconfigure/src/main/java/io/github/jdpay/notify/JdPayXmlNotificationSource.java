package io.github.jdpay.notify;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opens JD Pay 2.0 XML notifications (jdpay-v2.md §6.2 and §9) for the merchants of a registry: payments as
 * {@link TradeNotification}, refunds and revocations as {@link RefundNotification}.
 *
 * <p>The clear-text {@code <merchant>} of the envelope only picks the keys; everything the notification says comes
 * from the decrypted document, whose signature is always verified with JD's key. The merchant is looked up in the
 * registry for every notification, so one added there is accepted from the next notification on and one removed is
 * refused ({@link Reason#UNKNOWN_MERCHANT}); its codec is kept for as long as the registry answers with the same
 * merchant instance. Thread-safe.
 */
public final class JdPayXmlNotificationSource implements JdPayNotificationSource {

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9]{1,32}");

    private final JdPayMerchantRegistry registry;

    /** Codecs by merchant number; at most one per merchant of the registry, dropped once it is gone. */
    private final Map<String, Keys> keys = new ConcurrentHashMap<>();

    /** The registry's set when the codecs were last swept; another one means a change since. */
    private volatile JdPayMerchants swept = JdPayMerchants.empty();

    /**
     * A source for the merchants of {@code registry}, as it has them at each notification.
     *
     * @param registry the merchants, with their DES keys and JD's public key
     */
    public JdPayXmlNotificationSource(JdPayMerchantRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * A source for these merchants only.
     *
     * @param merchants the merchants, with their DES keys and JD's public key
     * @throws IllegalArgumentException if two have the same name or merchant number
     */
    public JdPayXmlNotificationSource(List<JdPayMerchant> merchants) {
        this(new JdPayMerchantDirectory(JdPayMerchants.of(merchants)));
    }

    @Override
    public Set<Class<? extends JdPayNotification>> notificationTypes() {
        return Set.of(TradeNotification.class, RefundNotification.class);
    }

    @Override
    public VerifiedNotification open(byte[] body) {
        JdPayEnvelope envelope = envelope(body);
        Keys keys = keys(envelope.merchant());
        if (keys == null) {
            // The clear-text merchant is anyone's to write: it reaches the log only if it looks like a number.
            String merchant =
                    MERCHANT_NO.matcher(envelope.merchant()).matches() ? envelope.merchant() : "(not a number)";
            throw new NotificationRejectedException(
                    Reason.UNKNOWN_MERCHANT, "notification for merchant " + merchant + ", not configured");
        }
        try {
            return open(keys, envelope);
        } catch (NotificationRejectedException ex) {
            throw ex.forMerchant(keys.merchant().name());
        }
    }

    /** The keys of the merchant with this number as the registry has it now, or {@code null}. */
    private @Nullable Keys keys(String merchantNo) {
        JdPayMerchants merchants = this.registry.merchants();
        if (merchants != this.swept) {
            // Only after a change: drop the codecs of merchants removed or replaced, and so their keys.
            this.swept = merchants;
            this.keys
                    .values()
                    .removeIf(kept -> merchants.byMerchantNo(kept.merchant().merchantNo()) != kept.merchant());
        }
        JdPayMerchant merchant = merchants.byMerchantNo(merchantNo);
        if (merchant == null) {
            return null;
        }
        Keys cached = this.keys.get(merchantNo);
        if (cached != null && cached.merchant() == merchant) {
            return cached;
        }
        Keys fresh = new Keys(merchant, new JdPayXmlCodec(merchant.cipher(), merchant.signer(), merchant.verifier()));
        this.keys.put(merchantNo, fresh);
        return fresh;
    }

    private static VerifiedNotification open(Keys keys, JdPayEnvelope envelope) {
        // The outer result is not signed, but a failure there is reason enough to refuse.
        JdPayResult outer = envelope.result();
        if (outer != null) {
            requireSuccess(outer);
        }
        JdPayMessage message = verified(keys, envelope);
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

    private static JdPayMessage verified(Keys keys, JdPayEnvelope envelope) {
        try {
            return keys.codec().open(envelope);
        } catch (JdPaySignatureException ex) {
            JdPayMerchant merchant = keys.merchant();
            throw new NotificationRejectedException(
                    Reason.SIGNATURE,
                    "signature does not verify with the JD public key of merchant '" + merchant.name() + "' ("
                            + merchant.merchantNo() + "): "
                            + merchant.jdKeyDescription()
                            + "; check that it is JD's key for this merchant and environment, or whether the"
                            + " notification was forged",
                    ex);
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
        String key = VerifiedNotification.checkedKey(merchant.merchantNo(), tradeType.trim(), status.trim(), tradeNum);
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

    /** How many codecs are kept (for tests of the bound). */
    int cached() {
        return this.keys.size();
    }

    private record Keys(JdPayMerchant merchant, JdPayXmlCodec codec) {}
}
