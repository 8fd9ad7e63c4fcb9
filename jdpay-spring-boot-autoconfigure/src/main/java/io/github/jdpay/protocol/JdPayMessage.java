package io.github.jdpay.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decrypted and verified JD Pay 2.0 inner document.
 *
 * <p>A value with the accessors of a record ({@code merchant()}, {@code result()}, {@code document()},
 * {@code root()}) and a record's equality. An opened message keeps the decrypted bytes and makes the
 * {@link #document()} string only when it is first asked for: most callers read only {@link #root()}.
 */
public final class JdPayMessage {

    private final String merchant;

    private final @Nullable JdPayResult result;

    private final InnerDocument document;

    private final XmlNode root;

    /**
     * @param merchant merchant number from the signed document
     * @param result the signed {@code <result>}, absent on requests
     * @param document the decrypted XML exactly as it arrived, {@code <sign>} included
     * @param root the parsed document
     */
    public JdPayMessage(String merchant, @Nullable JdPayResult result, String document, XmlNode root) {
        this(merchant, result, InnerDocument.of(Objects.requireNonNull(document, "document")), root);
    }

    JdPayMessage(String merchant, @Nullable JdPayResult result, InnerDocument document, XmlNode root) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.result = result;
        this.document = document;
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Merchant number from the signed document. */
    public String merchant() {
        return this.merchant;
    }

    /** The signed {@code <result>}, absent on requests. */
    public @Nullable JdPayResult result() {
        return this.result;
    }

    /** The decrypted XML exactly as it arrived, {@code <sign>} included. */
    public String document() {
        return this.document.text();
    }

    /** The parsed document. */
    public XmlNode root() {
        return this.root;
    }

    /** Text of a top-level field, or {@code null} if absent. */
    public @Nullable String text(String field) {
        return this.root.childText(field);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JdPayMessage that
                && this.merchant.equals(that.merchant)
                && Objects.equals(this.result, that.result)
                && document().equals(that.document())
                && this.root.equals(that.root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.merchant, this.result, document(), this.root);
    }

    @Override
    public String toString() {
        // The document may hold masked card data and user ids: keep it out of logs by default.
        return "JdPayMessage[merchant=" + this.merchant + ", result=" + this.result + ", fields="
                + this.root.children().size() + "]";
    }
}
