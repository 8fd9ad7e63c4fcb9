package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One merchant's way to JD: seals requests with its keys, posts them, and accepts only answers that are for this
 * merchant and this trade, signed by JD and successful.
 */
final class MerchantChannel {

    private static final Log logger = LogFactory.getLog(MerchantChannel.class);

    private final JdPayMerchant merchant;

    private final JdPayXmlCodec xml;

    private final JdPayFormCodec form;

    private final Transport transport;

    private final JdPayEndpoints endpoints;

    private final Clock clock;

    MerchantChannel(JdPayMerchant merchant, Transport transport, JdPayEndpoints endpoints, Clock clock) {
        this.merchant = merchant;
        this.clock = clock;
        this.xml = new JdPayXmlCodec(merchant.cipher(), merchant.signer(), merchant.verifier());
        this.form = new JdPayFormCodec(merchant.cipher(), merchant.signer(), merchant.verifier());
        this.transport = transport;
        this.endpoints = endpoints;
    }

    JdPayMerchant merchant() {
        return this.merchant;
    }

    /**
     * The merchant's app id, once it and the MD5 key are known to be configured, as APP payments need them.
     *
     * @throws JdPayValidationException if either is missing
     */
    String appId() {
        String appId = this.merchant.appId();
        if (appId == null || this.merchant.md5Key() == null) {
            throw new JdPayValidationException(
                    appId == null ? "appId" : "md5Key",
                    "is not configured for merchant '" + this.merchant.name()
                            + "'; APP payments need appId and md5Key");
        }
        return appId;
    }

    /** What the app needs to pay JD's order {@code orderId}, signed with the merchant's MD5 key. */
    AppPayParams appPayParams(String orderId) {
        String appId = appId();
        if (orderId.isBlank()) {
            throw new JdPayValidationException("orderId", "is required");
        }
        return new AppPayParams(orderId, this.merchant.merchantNo(), appId, this.merchant.appSignData(orderId));
    }

    /** A request's fields for this merchant, dated by the template's clock. */
    RequestFields fields() {
        return RequestFields.of(this.merchant, this.clock);
    }

    /**
     * Runs one XML interface and maps JD's verified answer; see {@link Transport#call} for untrustworthy answers. The
     * fields are made inside the {@code jdpay.client.requests} observation, so that a refused request counts too.
     */
    <T> T call(
            Operation operation,
            UnaryOperator<RequestFields> fields,
            @Nullable String tradeNum,
            Function<XmlNode, T> reader) {
        Supplier<RequestFields> made = () -> fields.apply(fields());
        return this.transport.observed(
                operation, this.merchant.name(), tradeNum, () -> exchange(operation, made, tradeNum, reader));
    }

    private <T> T exchange(
            Operation operation,
            Supplier<RequestFields> fields,
            @Nullable String tradeNum,
            Function<XmlNode, T> reader) {
        URI url = this.endpoints.paygate(operation.wireName());
        byte[] request =
                this.xml.sealToBytes(this.merchant.merchantNo(), fields.get().toXml());
        return this.transport.call(
                operation,
                url,
                Transport.XML,
                request,
                tradeNum,
                answer -> reader.apply(open(operation, answer, tradeNum)));
    }

    private XmlNode open(Operation operation, byte[] answer, @Nullable String tradeNum) {
        JdPayEnvelope envelope = JdPayEnvelope.parse(answer);
        // The outer result is not signed, but JD sends no signed content with a failure: it is all there is.
        JdPayResult outer = envelope.result();
        if (outer != null && !outer.isSuccess()) {
            throw failure(operation, outer, tradeNum);
        }
        if (!envelope.merchant().equals(this.merchant.merchantNo())) {
            throw new JdPayMalformedMessageException(
                    "JD's answer is for merchant " + envelope.merchant() + ", not " + this.merchant.merchantNo());
        }
        JdPayMessage message = verified(operation, envelope, tradeNum);
        JdPayResult inner = message.result();
        if (inner == null) {
            throw new JdPayMalformedMessageException(
                    "JD's signed answer to " + operation.wireName() + " carries no result");
        }
        if (!inner.isSuccess()) {
            throw failure(operation, inner, tradeNum);
        }
        // A signed answer for another trade (a replay) must not settle this one.
        String echoed = DocumentReader.optional(message.root(), "tradeNum");
        if (tradeNum != null && echoed != null && !echoed.equals(tradeNum)) {
            throw new JdPayMalformedMessageException("JD's answer is for tradeNum " + echoed + ", not " + tradeNum);
        }
        return message.root();
    }

    /** Opens JD's answer; a signature that does not verify says which key was used and what to check, once. */
    private JdPayMessage verified(Operation operation, JdPayEnvelope envelope, @Nullable String tradeNum) {
        try {
            return this.xml.open(envelope);
        } catch (JdPaySignatureException ex) {
            JdPaySignatureException diagnosed = new JdPaySignatureException("JD's answer to " + operation.wireName()
                    + " for tradeNum " + tradeNum + " does not verify with the JD public key of merchant '"
                    + this.merchant.name() + "' (" + this.merchant.merchantNo() + "): "
                    + this.merchant.jdKeyDescription() + ". Check that this property holds JD's public key for"
                    + " this merchant and environment (not the merchant's own key), and that the endpoints are JD's"
                    + " for that environment");
            logger.error(diagnosed.getMessage());
            throw diagnosed;
        }
    }

    private static JdPayApiException failure(Operation operation, JdPayResult result, @Nullable String tradeNum) {
        logger.debug("JD Pay " + operation.wireName() + " answered " + result.code() + " for tradeNum " + tradeNum);
        return new JdPayApiException(result.code(), result.desc(), operation.wireName(), tradeNum);
    }

    /** Signs and encrypts a form for the browser to post to the endpoint {@code action} picks. */
    CashierForm form(Function<JdPayEndpoints, URI> action, UnaryOperator<RequestFields> fields) {
        return new CashierForm(
                action.apply(this.endpoints).toString(),
                this.form.seal(fields.apply(fields()).toMap()));
    }

    /** Decrypts and verifies a form JD made the browser post. */
    Map<String, String> openForm(Map<String, String> posted) {
        return this.form.open(posted);
    }
}
