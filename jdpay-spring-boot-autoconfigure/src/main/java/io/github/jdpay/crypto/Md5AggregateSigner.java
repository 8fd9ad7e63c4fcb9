package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayKeyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregate-pay sign: {@code md5(k1=v1&k2=v2... + md5Key)} over the plaintext, keys in ascending order, blank
 * values skipped, the key appended directly (no {@code &key=}).
 */
public final class Md5AggregateSigner implements AggregateSigner {

    private final String md5Key;

    /**
     * Creates a signer for the merchant's aggregate MD5 key ("md5 盐").
     *
     * @throws JdPayKeyException if the key is blank
     */
    public Md5AggregateSigner(String md5Key) {
        if (md5Key.isBlank()) {
            throw new JdPayKeyException("aggregate MD5 key", "must not be blank");
        }
        this.md5Key = md5Key;
    }

    /** The text that is hashed before the key is appended, exposed for troubleshooting and tests. */
    public static String signString(Map<String, String> plainFields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(plainFields).entrySet()) {
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(entry.getKey()).append('=').append(value);
        }
        return sb.toString();
    }

    @Override
    public String sign(Map<String, String> plainFields) {
        return Digests.md5Hex(signString(plainFields) + this.md5Key);
    }

    @Override
    public boolean verify(Map<String, String> plainFields, String sign) {
        byte[] expected = sign(plainFields).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sign.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    @Override
    public String toString() {
        return "Md5AggregateSigner[md5Key=******]";
    }
}
