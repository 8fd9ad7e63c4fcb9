package io.github.jdpay.model;

import io.github.jdpay.exception.JdPayValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks every request field passes before anything is signed; each failure is a
 * {@link JdPayValidationException} that names the field as JD names it on the wire.
 *
 * <p>Public so that configuration and application code can apply the same rules as the request builders.
 */
public final class FieldRules {

    /** Longest merchant trade number JD accepts. */
    public static final int TRADE_NUM_MAX = 32;

    private static final Pattern TRADE_NUM = Pattern.compile("[A-Za-z0-9_-]{1," + TRADE_NUM_MAX + "}");

    private static final int URL_MAX = 256;

    private FieldRules() {}

    /** A required trade number: 1 to 32 letters, digits, {@code _} or {@code -}. */
    public static String tradeNum(String field, @Nullable String value) {
        String text = required(field, value, TRADE_NUM_MAX);
        if (!TRADE_NUM.matcher(text).matches()) {
            throw new JdPayValidationException(
                    field, "must hold only letters, digits, '_' and '-' but is '" + printable(text) + "'");
        }
        return text;
    }

    /** A required text of at most {@code max} characters without control characters. */
    public static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new JdPayValidationException(field, "is required");
        }
        return text;
    }

    /**
     * An optional text of at most {@code max} characters without control characters.
     *
     * @return the value, or {@code null} when it is absent or blank (JD leaves blank fields out)
     */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF) {
                throw new JdPayValidationException(
                        field, "must not contain control characters (found U+%04X)".formatted(c));
            }
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                // An unpaired surrogate has no UTF-8 form: JD would receive '?' instead.
                throw new JdPayValidationException(field, "must not contain an unpaired surrogate");
            }
            i += Character.charCount(c);
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new JdPayValidationException(field, "must be at most " + max + " characters but has " + length);
        }
        return value;
    }

    /**
     * An optional absolute {@code http}/{@code https} URL of at most 256 characters without a query, as JD requires of
     * {@code notifyUrl} and {@code callbackUrl}.
     */
    public static @Nullable String url(String field, @Nullable String value) {
        String text = optional(field, value, URL_MAX);
        if (text == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException ex) {
            throw new JdPayValidationException(field, "is not a URL: " + ex.getReason());
        }
        String scheme = uri.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
            throw new JdPayValidationException(field, "must be an absolute http or https URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new JdPayValidationException(field, "must not carry a query or fragment (JD refuses them)");
        }
        return text;
    }

    /** A required amount that must be more than zero. */
    public static Money positive(String field, @Nullable Money amount) {
        if (amount == null) {
            throw new JdPayValidationException(field, "is required");
        }
        if (!amount.isPositive()) {
            throw new JdPayValidationException(field, "must be more than zero");
        }
        return amount;
    }

    /** A required value of any other type. */
    public static <T> T present(String field, @Nullable T value) {
        if (value == null) {
            throw new JdPayValidationException(field, "is required");
        }
        return value;
    }

    private static String printable(String text) {
        return text.codePoints()
                .map(c -> (c < 0x20 || c > 0x7E) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
