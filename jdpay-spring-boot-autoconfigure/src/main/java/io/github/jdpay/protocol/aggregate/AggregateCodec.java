package io.github.jdpay.protocol.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.crypto.Utf8;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate-pay codec for one key set: plaintext JSON → MD5 sign → 3DES {@code cipherJson} → envelope, and the
 * reverse (decrypt, parse, verify, check the merchant). Symmetric, so the simulator uses it too. Thread-safe.
 *
 * <p>Blank fields are never sent, which keeps the sign identical under JD's SDK and its PHP ports.
 */
public final class AggregateCodec {

    private final AggregateCipher cipher;

    private final AggregateSigner signer;

    public AggregateCodec(AggregateCipher cipher, AggregateSigner signer) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * Seals plaintext fields into an envelope.
     *
     * @param plain fields in the order they are written; values are {@link String}, {@link Number} or
     *     {@link Boolean}; {@code null} and blank values are left out
     */
    public AggregateEnvelope seal(
            String merchantNo, @Nullable String systemId, Map<String, ?> plain, CipherTextEncoding encoding) {
        Map<String, ?> fields = withoutBlanks(plain);
        byte[] json = plaintextJson(fields).getBytes(StandardCharsets.UTF_8);
        String cipherJson = encoding.encode(this.cipher.encrypt(json));
        return AggregateEnvelope.request(merchantNo, systemId, cipherJson, this.signer.sign(asText(fields)));
    }

    /** Seals a reply or notification: as {@link #seal}, with {@code success: true}. */
    public AggregateEnvelope sealReply(String merchantNo, Map<String, ?> plain, CipherTextEncoding encoding) {
        AggregateEnvelope sealed = seal(merchantNo, null, plain, encoding);
        return new AggregateEnvelope(true, merchantNo, null, sealed.cipherJson(), sealed.sign(), null, null);
    }

    /**
     * Opens an envelope: decrypts {@code cipherJson}, verifies the sign over the plaintext and checks that both the
     * envelope and the plaintext name {@code expectedMerchantNo}.
     *
     * @return the plaintext fields as text (numbers as digits, nested values as compact JSON), in document order
     */
    public Map<String, String> open(AggregateEnvelope envelope, String expectedMerchantNo) {
        if (envelope.merchantNo() != null
                && !expectedMerchantNo.equals(envelope.merchantNo().trim())) {
            throw new JdPayMalformedMessageException("aggregate envelope names merchant " + envelope.merchantNo()
                    + " but " + expectedMerchantNo + " was expected");
        }
        if (envelope.cipherJson() == null || envelope.cipherJson().isBlank()) {
            throw new JdPayMalformedMessageException("aggregate envelope carries no cipherJson");
        }
        if (envelope.sign() == null || envelope.sign().isBlank()) {
            throw new JdPaySignatureException("aggregate envelope carries no sign");
        }
        byte[] plaintext = this.cipher.decrypt(CipherTextEncoding.decodeAny(envelope.cipherJson()));
        Map<String, String> fields = parsePlaintext(Utf8.decode(plaintext, "decrypted cipherJson"));
        if (!this.signer.verify(fields, envelope.sign())) {
            throw new JdPaySignatureException("aggregate sign does not verify with the configured MD5 key");
        }
        String merchantNo = fields.get("merchantNo");
        if (merchantNo != null && !expectedMerchantNo.equals(merchantNo.trim())) {
            throw new JdPayMalformedMessageException("signed aggregate plaintext names merchant " + merchantNo + " but "
                    + expectedMerchantNo + " was expected");
        }
        return fields;
    }

    /** Compact JSON of the fields in the given order, non-ASCII written as is (JD's SDK does not escape it). */
    public static String plaintextJson(Map<String, ?> fields) {
        ObjectNode node = AggregateEnvelope.JSON.createObjectNode();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof Long || value instanceof Integer) {
                node.put(field.getKey(), ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                node.put(field.getKey(), flag);
            } else if (value != null) {
                node.put(field.getKey(), value.toString());
            }
        }
        try {
            return AggregateEnvelope.JSON.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON of plain values", ex);
        }
    }

    /** Parses decrypted plaintext into text fields, the form the MD5 sign is computed over. */
    public static Map<String, String> parsePlaintext(String json) {
        JsonNode root;
        try {
            root = AggregateEnvelope.JSON.readTree(json);
        } catch (IOException ex) {
            throw new JdPayMalformedMessageException(
                    "decrypted cipherJson is not valid JSON (wrong DES key or corrupt message)", ex);
        }
        if (root == null || !root.isObject()) {
            throw new JdPayMalformedMessageException("decrypted cipherJson is not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            fields.put(field.getKey(), value.isContainerNode() ? value.toString() : value.asText());
        }
        return fields;
    }

    private static Map<String, ?> withoutBlanks(Map<String, ?> plain) {
        Map<String, Object> fields = new LinkedHashMap<>();
        plain.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                fields.put(name, value);
            }
        });
        return fields;
    }

    private static Map<String, String> asText(Map<String, ?> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> text.put(name, String.valueOf(value)));
        return text;
    }
}
