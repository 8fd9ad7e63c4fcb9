package io.github.jdpay.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An element of a JD Pay XML document: a name and either text or child elements. JD's documents use no attributes,
 * namespaces or mixed content, so this is all the tree they need.
 *
 * @param name element name
 * @param text text content; empty when the element has children
 * @param children child elements in document order
 */
public record XmlNode(String name, String text, List<XmlNode> children) {

    public XmlNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** An element holding only text. */
    public static XmlNode leaf(String name, String text) {
        return new XmlNode(name, text, List.of());
    }

    /** An element holding child elements. */
    public static XmlNode element(String name, List<XmlNode> children) {
        return new XmlNode(name, "", children);
    }

    /** Starts an element whose children are added in order. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The first child with this name, or {@code null}. */
    public @Nullable XmlNode child(String childName) {
        for (XmlNode child : this.children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The text of the first child with this name, or {@code null} if there is no such child. */
    public @Nullable String childText(String childName) {
        XmlNode child = child(childName);
        return (child != null) ? child.text : null;
    }

    /** Every child with this name, in document order. */
    public List<XmlNode> children(String childName) {
        List<XmlNode> matches = new ArrayList<>();
        for (XmlNode child : this.children) {
            if (child.name.equals(childName)) {
                matches.add(child);
            }
        }
        return matches;
    }

    /** Adds children in order; {@code null} values are skipped so optional request fields stay out of the XML. */
    public static final class Builder {

        private final String name;

        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a text child unless {@code value} is {@code null}; an empty string is kept, as JD signs it. */
        public Builder add(String childName, @Nullable Object value) {
            if (value != null) {
                this.children.add(leaf(childName, value.toString()));
            }
            return this;
        }

        /** Adds a child element. */
        public Builder add(XmlNode child) {
            this.children.add(child);
            return this;
        }

        public XmlNode build() {
            return element(this.name, this.children);
        }
    }
}
