package io.github.jdpay.test.notify;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import io.github.jdpay.test.TestMerchant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds aggregate-pay (聚合支付) notifications as the simulator sends them (aggregate.md §5): the reply envelope
 * {@code {success, merchantNo, cipherJson, sign}} with hex {@code cipherJson} and the MD5 sign over the plaintext.
 * Immutable and thread-safe.
 */
public final class AggregateNotifications {

    private final String merchantNo;

    private final AggregateCodec codec;

    public AggregateNotifications(String merchantNo, AggregateCodec codec) {
        this.merchantNo = Objects.requireNonNull(merchantNo, "merchantNo");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Notifications for an aggregate merchant with its Base64 3DES key and its MD5 key. */
    public static AggregateNotifications of(String merchantNo, String desKeyBase64, String md5Key) {
        return new AggregateNotifications(
                merchantNo,
                new AggregateCodec(
                        new AggregateTripleDesCipher(KeyLoader.desKey("aggregate DES key", desKeyBase64)),
                        new Md5AggregateSigner(md5Key)));
    }

    /** Notifications for {@link TestMerchant} as the simulator registers it for aggregate pay. */
    public static AggregateNotifications testMerchant() {
        return of(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, TestMerchant.MD5_KEY);
    }

    /** The merchant number. */
    public String merchantNo() {
        return this.merchantNo;
    }

    /**
     * The plaintext of a trade as querytrade answers it and payment notifications carry it.
     *
     * @param payStatus {@code PROCESSING}, {@code FINISH}, {@code REFUND} or {@code CLOSE}
     * @param payFinishTime {@code yyyyMMddHHmmss}, once paid
     */
    public static Map<String, Object> tradeFields(
            String merchantNo,
            String outTradeNo,
            String tradeNo,
            long amount,
            String payStatus,
            String productType,
            @Nullable String payFinishTime) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resultCode", "SUCCESS");
        fields.put("merchantNo", merchantNo);
        fields.put("businessCode", "AGGRE");
        fields.put("version", "V3.0");
        fields.put("outTradeNo", outTradeNo);
        fields.put("tradeNo", tradeNo);
        fields.put("amount", amount);
        fields.put("currency", "RMB");
        fields.put("piType", "JDPAY");
        fields.put("productType", productType);
        fields.put("payStatus", payStatus);
        if (payFinishTime != null) {
            fields.put("payFinishTime", payFinishTime);
        }
        return fields;
    }

    /** A successful payment notification body (JSON). */
    public String payment(String outTradeNo, String tradeNo, long amount, String payFinishTime) {
        return sign(tradeFields(this.merchantNo, outTradeNo, tradeNo, amount, "FINISH", "QR", payFinishTime));
    }

    /** Seals any plaintext as a notification body (JSON), {@code cipherJson} in hex. */
    public String sign(Map<String, ?> plain) {
        return this.codec
                .sealReply(this.merchantNo, plain, CipherTextEncoding.HEX)
                .toJson();
    }

    /** The same builder with another codec (a wrong DES or MD5 key, for a hostile test). */
    public AggregateNotifications withCodec(AggregateCodec otherCodec) {
        return new AggregateNotifications(this.merchantNo, otherCodec);
    }

    /** The same builder for another merchant number. */
    public AggregateNotifications withMerchant(String otherMerchantNo) {
        return new AggregateNotifications(otherMerchantNo, this.codec);
    }
}
