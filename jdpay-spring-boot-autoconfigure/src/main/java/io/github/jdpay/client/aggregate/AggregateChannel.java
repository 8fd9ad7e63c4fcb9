package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.Transport;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.aggregate.AggregatePlaintext;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.ScanUrlTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.MediaType;

/**
 * The aggregate merchant's way to JD: seals plaintext with its keys in the configured {@link AggregateDialect}, posts
 * the envelope, and accepts only answers that are for this merchant and this trade, signed with its MD5 key and
 * successful, in whichever naming and encoding JD answers.
 */
final class AggregateChannel {

    /**
     * The aggregate merchant's name in {@code jdpay.client.requests}' {@code jdpay.merchant} tag: it has no configured
     * name, and its notifications carry the same one.
     */
    static final String MERCHANT_NAME = "aggregate";

    private static final MediaType FORM = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

    private final JdPayAggregateMerchant merchant;

    private final AggregateCodec codec;

    private final Transport transport;

    private final JdPayEndpoints endpoints;

    private final AggregateDialect dialect;

    AggregateChannel(
            JdPayAggregateMerchant merchant, Transport transport, JdPayEndpoints endpoints, AggregateDialect dialect) {
        this.merchant = merchant;
        this.dialect = dialect;
        this.codec = new AggregateCodec(merchant.cipher(), merchant.signer());
        this.transport = transport;
        this.endpoints = endpoints;
    }

    JdPayAggregateMerchant merchant() {
        return this.merchant;
    }

    /**
     * Runs one interface and maps JD's verified plaintext; see {@link Transport#call} for untrustworthy answers. The
     * plaintext is made inside the {@code jdpay.client.requests} observation, as the JD Pay 2.0 client's fields are.
     */
    <T> T call(
            AggregateOperation operation,
            Supplier<Map<String, ?>> plain,
            String tradeNo,
            Function<Map<String, String>, T> reader) {
        return this.transport.observed(
                operation, MERCHANT_NAME, tradeNo, () -> exchange(operation, plain.get(), tradeNo, reader));
    }

    private <T> T exchange(
            AggregateOperation operation,
            Map<String, ?> plain,
            String tradeNo,
            Function<Map<String, String>, T> reader) {
        boolean payx = operation.isPayx();
        Map<String, ?> named = payx ? this.dialect.scanUrlFieldNames().apply(plain) : plain;
        AggregateEnvelope sealed = this.codec.seal(
                this.merchant.merchantNo(), this.merchant.systemId(), named, operation.encoding(this.dialect));
        boolean form = payx && this.dialect.scanUrlTransport() == ScanUrlTransport.QUERY;
        byte[] request = (form ? sealed.toForm() : sealed.toJson()).getBytes(StandardCharsets.UTF_8);
        return this.transport.call(
                operation,
                operation.url(this.endpoints),
                form ? FORM : Transport.JSON,
                request,
                tradeNo,
                answer -> reader.apply(open(operation, answer, tradeNo)));
    }

    private Map<String, String> open(AggregateOperation operation, byte[] answer, String tradeNo) {
        AggregateEnvelope envelope = AggregateEnvelope.parse(answer);
        // The outer flag is not signed, but JD sends nothing signed with a failure: it is all there is.
        AggregateReply.checkEnvelope(operation, envelope, tradeNo);
        String merchantNo = envelope.merchantNo();
        if (merchantNo == null || merchantNo.isBlank()) {
            throw new JdPayMalformedMessageException("JD's answer to " + operation.wireName() + " names no merchant");
        }
        Map<String, String> plain = this.codec.open(envelope, this.merchant.merchantNo());
        AggregateReply.checkResult(operation, plain, tradeNo);
        // A signed answer for another trade (a replay) must not settle this one.
        String echoed = new AggregatePlaintext(plain).optional(operation.tradeField());
        if (echoed != null && !echoed.isBlank() && !echoed.trim().equals(tradeNo)) {
            throw new JdPayMalformedMessageException(
                    "JD's answer is for " + operation.tradeField() + " " + echoed + ", not " + tradeNo);
        }
        return plain;
    }
}
