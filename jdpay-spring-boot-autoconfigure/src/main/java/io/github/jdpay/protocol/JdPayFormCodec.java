package io.github.jdpay.protocol;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JD Pay 2.0 form codec: PC/H5 {@code saveOrder} and {@code customerPay} forms, and the page callback JD posts
 * to {@code callbackUrl}.
 *
 * <p>The signature covers the plaintext values, sorted by name, blanks skipped; then every field but
 * {@code merchant}, {@code version} and {@code sign} is replaced by its 3DES hex. Instances are thread-safe.
 */
public final class JdPayFormCodec {

    /** Fields that travel in clear text. */
    public static final Set<String> CLEAR_FIELDS = Set.of("merchant", "version", "sign");

    private final JdPayCipher cipher;

    private final JdPaySigner signer;

    private final JdPayVerifier verifier;

    public JdPayFormCodec(JdPayCipher cipher, JdPaySigner signer, JdPayVerifier verifier) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * JD's "S1" for a form: {@code k=v} pairs of the non-blank plaintext fields except {@code sign}, sorted by name
     * and joined with {@code &}, values neither encoded nor trimmed.
     */
    public static String signString(Map<String, String> plainFields) {
        StringBuilder sb = new StringBuilder(256);
        for (Map.Entry<String, String> field : new TreeMap<>(plainFields).entrySet()) {
            if ("sign".equals(field.getKey()) || isBlank(field.getValue())) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(field.getKey()).append('=').append(field.getValue());
        }
        return sb.toString();
    }

    /**
     * Signs and encrypts a form. Blank fields are left out, as JD's demos do.
     *
     * @return the fields to post, in the order given, with {@code sign} last
     */
    public Map<String, String> seal(Map<String, String> plainFields) {
        String sign = this.signer.sign(signString(plainFields).getBytes(StandardCharsets.UTF_8));
        Map<String, String> sealed = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : plainFields.entrySet()) {
            String name = field.getKey();
            String value = field.getValue();
            if ("sign".equals(name) || isBlank(value)) {
                continue;
            }
            sealed.put(name, CLEAR_FIELDS.contains(name) ? value : this.cipher.encryptToHex(value));
        }
        sealed.put("sign", sign);
        return sealed;
    }

    /**
     * Decrypts and verifies a posted form (a page callback, or a cashier form at the simulator).
     *
     * @return the plaintext fields in the order posted, {@code sign} removed, empty and blank fields as empty strings
     * @throws JdPaySignatureException if the form has no signature or it does not verify
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a field is not valid ciphertext
     */
    public Map<String, String> open(Map<String, String> postedFields) {
        String sign = postedFields.get("sign");
        if (sign == null || sign.isBlank()) {
            throw new JdPaySignatureException("form carries no sign");
        }
        Map<String, String> plain = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : postedFields.entrySet()) {
            String name = field.getKey();
            String value = field.getValue();
            if ("sign".equals(name)) {
                continue;
            }
            String text =
                    isBlank(value) ? "" : CLEAR_FIELDS.contains(name) ? value : this.cipher.decryptHex(value.trim());
            // The sign skips blank values, so a value of only spaces is not signed: it counts as absent, like an empty
            // one.
            plain.put(name, isBlank(text) ? "" : text);
        }
        if (!this.verifier.verify(signString(plain).getBytes(StandardCharsets.UTF_8), sign)) {
            throw new JdPaySignatureException("signature of the posted form does not verify");
        }
        return plain;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
