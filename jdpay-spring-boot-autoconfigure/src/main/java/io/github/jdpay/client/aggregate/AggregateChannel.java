package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.Transport;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The aggregate merchant's way to JD: seals plaintext with its keys, posts the JSON envelope, and accepts only answers
 * that are for this merchant and this trade, signed with its MD5 key and successful.
 */
final class AggregateChannel {

    private final JdPayAggregateMerchant merchant;

    private final AggregateCodec codec;

    private final Transport transport;

    private final JdPayEndpoints endpoints;

    AggregateChannel(JdPayAggregateMerchant merchant, Transport transport, JdPayEndpoints endpoints) {
        this.merchant = merchant;
        this.codec = new AggregateCodec(merchant.cipher(), merchant.signer());
        this.transport = transport;
        this.endpoints = endpoints;
    }

    JdPayAggregateMerchant merchant() {
        return this.merchant;
    }

    /** Runs one interface and maps JD's verified plaintext; see {@link Transport#call} for untrustworthy answers. */
    <T> T call(
            AggregateOperation operation,
            Map<String, ?> plain,
            String tradeNo,
            Function<Map<String, String>, T> reader) {
        byte[] request = this.codec
                .seal(this.merchant.merchantNo(), this.merchant.systemId(), plain, operation.encoding())
                .toJson()
                .getBytes(StandardCharsets.UTF_8);
        return this.transport.call(
                operation,
                operation.url(this.endpoints),
                Transport.JSON,
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
        String echoed = plain.get(operation.tradeField());
        if (echoed != null && !echoed.isBlank() && !echoed.trim().equals(tradeNo)) {
            throw new JdPayMalformedMessageException(
                    "JD's answer is for " + operation.tradeField() + " " + echoed + ", not " + tradeNo);
        }
        return plain;
    }
}
