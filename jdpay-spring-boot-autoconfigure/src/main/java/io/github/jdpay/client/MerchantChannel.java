package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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

    MerchantChannel(JdPayMerchant merchant, Transport transport, JdPayEndpoints endpoints) {
        this.merchant = merchant;
        this.xml = new JdPayXmlCodec(merchant.cipher(), merchant.signer(), merchant.verifier());
        this.form = new JdPayFormCodec(merchant.cipher(), merchant.signer(), merchant.verifier());
        this.transport = transport;
        this.endpoints = endpoints;
    }

    JdPayMerchant merchant() {
        return this.merchant;
    }

    JdPayEndpoints endpoints() {
        return this.endpoints;
    }

    /**
     * Runs one XML interface and maps JD's verified answer; see {@link Transport#call} for untrustworthy answers. The
     * fields are made inside the {@code jdpay.client.requests} observation, so that a refused request counts too.
     */
    <T> T call(
            Operation operation,
            Supplier<RequestFields> fields,
            @Nullable String tradeNum,
            Function<XmlNode, T> reader) {
        return this.transport.observed(
                operation, this.merchant.name(), tradeNum, () -> exchange(operation, fields, tradeNum, reader));
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

    /** Signs and encrypts a form for the browser to post to {@code action}. */
    CashierForm form(URI action, RequestFields fields) {
        return new CashierForm(action.toString(), this.form.seal(fields.toMap()));
    }

    /** Decrypts and verifies a form JD made the browser post. */
    Map<String, String> openForm(Map<String, String> posted) {
        return this.form.open(posted);
    }
}
