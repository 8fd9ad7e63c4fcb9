package io.github.jdpay.protocol.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The clear-text JSON envelope of an aggregate-pay (聚合支付) message: {@code merchantNo}, {@code systemId},
 * {@code cipherJson} and {@code sign}, plus {@code success}/{@code errCode}/{@code errCodeDes} on JD's replies.
 *
 * @param success JD's outer success flag, absent on requests and on some replies
 * @param merchantNo aggregate merchant number, in clear text for routing
 * @param systemId system id JD assigned to the merchant's integration
 * @param cipherJson the encrypted plaintext JSON (hex or URL-safe Base64)
 * @param sign MD5 sign over the plaintext
 * @param errCode JD's outer error code, when it reports one
 * @param errCodeDes JD's outer error description, when it reports one
 */
public record AggregateEnvelope(
        @Nullable Boolean success,
        @Nullable String merchantNo,
        @Nullable String systemId,
        @Nullable String cipherJson,
        @Nullable String sign,
        @Nullable String errCode,
        @Nullable String errCodeDes) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request envelope. */
    public static AggregateEnvelope request(
            String merchantNo, @Nullable String systemId, String cipherJson, String sign) {
        return new AggregateEnvelope(null, merchantNo, systemId, cipherJson, sign, null, null);
    }

    /**
     * Parses an envelope from the JSON bytes received.
     *
     * @throws JdPayMalformedMessageException if the body is not a JSON object
     */
    public static AggregateEnvelope parse(byte[] body) {
        if (body.length == 0) {
            throw new JdPayMalformedMessageException("aggregate message body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException ex) {
            throw new JdPayMalformedMessageException("aggregate message is not valid JSON", ex);
        }
        if (root == null || !root.isObject()) {
            throw new JdPayMalformedMessageException("aggregate message is not a JSON object");
        }
        JsonNode success = root.get("success");
        Boolean flag = null;
        if (success != null && !success.isNull()) {
            flag = success.isBoolean()
                    ? success.booleanValue()
                    : Boolean.parseBoolean(success.asText().trim());
        }
        return new AggregateEnvelope(
                flag,
                text(root, "merchantNo"),
                text(root, "systemId"),
                text(root, "cipherJson"),
                text(root, "sign"),
                text(root, "errCode"),
                text(root, "errCodeDes"));
    }

    /** Whether JD flagged the reply as failed before any encrypted content. */
    public boolean isFailure() {
        return Boolean.FALSE.equals(this.success);
    }

    /** Writes the envelope as compact JSON, leaving out absent fields. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        if (this.success != null) {
            node.put("success", this.success);
        }
        putIfPresent(node, "merchantNo", this.merchantNo);
        putIfPresent(node, "systemId", this.systemId);
        putIfPresent(node, "cipherJson", this.cipherJson);
        putIfPresent(node, "sign", this.sign);
        putIfPresent(node, "errCode", this.errCode);
        putIfPresent(node, "errCodeDes", this.errCodeDes);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write an envelope of plain strings", ex);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static @Nullable String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        return (value == null || value.isNull()) ? null : value.asText();
    }
}
