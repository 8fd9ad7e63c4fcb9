package io.github.jdpay.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signed and encrypted form for JD's cashier: the browser posts {@link #fields()} to {@link #action()} and JD
 * takes the payer through payment.
 *
 * <p>Either render it yourself (every value is already encrypted, but it must still be HTML-escaped) or send
 * {@link #toHtml()}, a page that submits itself.
 *
 * @param action URL the form posts to
 * @param fields form fields in order, {@code sign} last
 */
public record CashierForm(String action, Map<String, String> fields) {

    public CashierForm {
        Objects.requireNonNull(action, "action");
        // Keep the order: JD's demos post sign last, and so does the rendered page.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fields.forEach((name, value) -> Objects.requireNonNull(value, name));
    }

    /**
     * A complete HTML page that posts the form as soon as it loads, with a button for browsers without script. Every
     * value is HTML-escaped. The inline script needs {@code script-src 'unsafe-inline'} or a nonce under a Content
     * Security Policy; render {@link #fields()} yourself if that is not allowed.
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder(512 + 96 * this.fields.size());
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>JD Pay</title></head><body>\n")
                .append("<form id=\"jdpay\" method=\"post\" action=\"")
                .append(escape(this.action))
                .append("\">\n");
        for (Map.Entry<String, String> field : this.fields.entrySet()) {
            html.append("<input type=\"hidden\" name=\"")
                    .append(escape(field.getKey()))
                    .append("\" value=\"")
                    .append(escape(field.getValue()))
                    .append("\">\n");
        }
        return html.append("<noscript><button type=\"submit\">Continue to JD Pay</button></noscript>\n</form>\n")
                .append("<script>document.getElementById(\"jdpay\").submit();</script>\n</body></html>\n")
                .toString();
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "CashierForm[action=" + this.action + ", fields=" + this.fields.keySet() + "]";
    }
}
