package io.github.jdpay.merchant.aggregate;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.model.FieldRules;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate-pay (聚合支付) merchant account as {@link JdPayAggregateTemplate} uses it. It is separate from the JD
 * Pay 2.0 merchants: its own number, JD's {@code systemId} for the integration, and its own 3DES and MD5 keys.
 *
 * @param merchantNo JD's aggregate merchant number (聚合商户号)
 * @param systemId the id JD assigned to the merchant's integration (对接系统名称)
 * @param cipher 3DES with the merchant's aggregate DES key, such as
 *     {@code new AggregateTripleDesCipher(KeyLoader.desKey("des key", base64))}
 * @param signer signs and verifies with the merchant's MD5 key, such as {@code new Md5AggregateSigner(md5Key)}
 * @param notifyUrl default {@code successNotifyUrl}/{@code notifyUrl} of requests
 */
public record JdPayAggregateMerchant(
        String merchantNo,
        String systemId,
        AggregateCipher cipher,
        AggregateSigner signer,
        @Nullable String notifyUrl) {

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9]{1,32}");

    public JdPayAggregateMerchant {
        Objects.requireNonNull(merchantNo, "merchantNo");
        if (!MERCHANT_NO.matcher(merchantNo).matches()) {
            throw new IllegalArgumentException("aggregate merchant number must be digits");
        }
        systemId = FieldRules.required("systemId", systemId, 64);
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(signer, "signer");
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
    }

    /**
     * Checks that the DES key decrypts what it encrypts and the MD5 key verifies its own sign, without calling JD.
     *
     * @throws RuntimeException naming the key that failed (never showing it)
     */
    public void selfCheck() {
        byte[] probe = "jdpay self-check".getBytes(StandardCharsets.US_ASCII);
        if (!Arrays.equals(this.cipher.decrypt(this.cipher.encrypt(probe)), probe)) {
            throw new IllegalStateException("DES key of the aggregate merchant does not decrypt what it encrypts");
        }
        Map<String, String> fields = Map.of("probe", "jdpay self-check");
        if (!this.signer.verify(fields, this.signer.sign(fields))) {
            throw new IllegalStateException("MD5 key of the aggregate merchant does not verify its own sign");
        }
    }

    @Override
    public String toString() {
        return "JdPayAggregateMerchant[merchantNo=" + this.merchantNo + ", systemId=" + this.systemId + ", notifyUrl="
                + this.notifyUrl + "]";
    }
}
