package io.github.jdpay.test.notify;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named corpus of aggregate-pay notifications that a merchant's aggregate notification endpoint must refuse: wrong
 * keys, a tampered {@code cipherJson}, a failure envelope, missing sign, wrong format and size. Each sample differs from
 * a valid payment notification in exactly the way its name says.
 */
public final class HostileAggregateNotifications {

    private static final String JSON = "application/json;charset=UTF-8";

    private HostileAggregateNotifications() {}

    /** The corpus for a payment to {@link TestMerchant} with its aggregate keys. */
    public static List<NotificationSample> corpus() {
        return corpus(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, TestMerchant.MD5_KEY);
    }

    /** The corpus for a payment to an aggregate merchant with these keys. */
    public static List<NotificationSample> corpus(String merchantNo, String desKeyBase64, String md5Key) {
        AggregateNotifications valid = AggregateNotifications.of(merchantNo, desKeyBase64, md5Key);
        byte[] desKey = KeyLoader.desKey("aggregate DES key", desKeyBase64);
        byte[] otherDesKey = new byte[24];
        Arrays.fill(otherDesKey, (byte) 0x3C);
        String body = payment(valid);
        AggregateEnvelope envelope = AggregateEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));
        List<NotificationSample> samples = new ArrayList<>();
        samples.add(json(
                "aggregate-wrong-md5-key",
                "signed with another MD5 key",
                payment(valid.withCodec(codec(desKey, md5Key + "x")))));
        samples.add(json(
                "aggregate-wrong-des-key",
                "encrypted with another DES key",
                payment(valid.withCodec(codec(otherDesKey, md5Key)))));
        samples.add(json(
                "aggregate-tampered-cipher-json",
                "one hex digit of cipherJson changed",
                with(envelope, flipFirstDigit(String.valueOf(envelope.cipherJson())), envelope.sign())));
        samples.add(json(
                "aggregate-missing-sign",
                "a valid notification without its sign",
                with(envelope, envelope.cipherJson(), null)));
        samples.add(json(
                "aggregate-failure-envelope",
                "success false with an error and nothing encrypted",
                new AggregateEnvelope(false, merchantNo, null, null, null, "TRDE900001", "交易不存在").toJson()));
        samples.add(json(
                "aggregate-unknown-merchant",
                "correctly made for a merchant nobody configured",
                payment(valid.withMerchant("999999999"))));
        samples.add(new NotificationSample(
                "aggregate-xml-body",
                "an XML body where JSON is expected",
                ("<jdpay><merchant>" + merchantNo + "</merchant></jdpay>").getBytes(StandardCharsets.UTF_8),
                "application/xml"));
        samples.add(new NotificationSample("aggregate-empty-body", "nothing at all", new byte[0], JSON));
        String padded = body.substring(0, body.length() - 1)
                + " ".repeat(HostileNotifications.OVERSIZED_BYTES - body.length()) + "}";
        samples.add(json("aggregate-oversized-body", "a valid notification padded to 4 MiB", padded));
        return List.copyOf(samples);
    }

    private static String payment(AggregateNotifications notifications) {
        return notifications.payment("AGGR1", "1000000000000000000001", 100, "20250101120000");
    }

    private static AggregateCodec codec(byte[] desKey, String md5Key) {
        return new AggregateCodec(new AggregateTripleDesCipher(desKey), new Md5AggregateSigner(md5Key));
    }

    private static String with(AggregateEnvelope envelope, @Nullable String cipherJson, @Nullable String sign) {
        return new AggregateEnvelope(
                        envelope.success(), envelope.merchantNo(), envelope.systemId(), cipherJson, sign, null, null)
                .toJson();
    }

    private static String flipFirstDigit(String hex) {
        char first = hex.charAt(0);
        return ((first == '0') ? '1' : '0') + hex.substring(1);
    }

    private static NotificationSample json(String name, String description, String body) {
        return new NotificationSample(name, description, body.getBytes(StandardCharsets.UTF_8), JSON);
    }
}
