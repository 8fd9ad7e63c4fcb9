package io.github.jdpay.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decrypted and verified JD Pay 2.0 inner document.
 *
 * @param merchant merchant number from the signed document
 * @param result the signed {@code <result>}, absent on requests
 * @param document the decrypted XML exactly as it arrived, {@code <sign>} included
 * @param root the parsed document
 */
public record JdPayMessage(String merchant, @Nullable JdPayResult result, String document, XmlNode root) {

    public JdPayMessage {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(root, "root");
    }

    /** Text of a top-level field, or {@code null} if absent. */
    public @Nullable String text(String field) {
        return this.root.childText(field);
    }

    @Override
    public String toString() {
        // The document may hold masked card data and user ids: keep it out of logs by default.
        return "JdPayMessage[merchant=" + this.merchant + ", result=" + this.result + ", fields="
                + this.root.children().size() + "]";
    }
}
