package io.github.jdpay.protocol.aggregate;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JD's verdict inside a verified aggregate plaintext, in either vocabulary JD uses (aggregate.md §4.2, §4.3): the
 * SDK's {@code resultCode}/{@code errCode}/{@code errCodeDes} (a reply in the wild says {@code errCodeDesc}) and
 * payx's document's {@code isSuccess}/{@code code}/{@code message}. A failure in either is a failure.
 *
 * @param success whether JD reports success
 * @param code JD's code for a failure ({@code errCode} or {@code code}, else the failing flag itself); {@code SUCCESS}
 *     for a success
 * @param description JD's description of a failure, empty when it gives none
 */
public record AggregateResult(boolean success, String code, String description) {

    private static final AggregateResult SUCCESS = new AggregateResult(true, "SUCCESS", "");

    /** The result a plaintext reports, or {@code null} when it carries neither {@code resultCode} nor {@code isSuccess}. */
    public static @Nullable AggregateResult of(Map<String, String> plain) {
        String resultCode = text(plain, "resultCode");
        String isSuccess = text(plain, "isSuccess");
        if (resultCode == null && isSuccess == null) {
            return null;
        }
        if (resultCode != null && !resultCode.equalsIgnoreCase("SUCCESS")) {
            return new AggregateResult(
                    false,
                    first(text(plain, "errCode"), resultCode),
                    first(text(plain, "errCodeDes"), first(text(plain, "errCodeDesc"), "")));
        }
        if (isSuccess != null && !isSuccess.equalsIgnoreCase("true")) {
            return new AggregateResult(
                    false, first(text(plain, "code"), "isSuccess=" + isSuccess), first(text(plain, "message"), ""));
        }
        return SUCCESS;
    }

    private static String first(@Nullable String value, String fallback) {
        return (value != null) ? value : fallback;
    }

    private static @Nullable String text(Map<String, String> plain, String name) {
        String value = plain.get(name);
        return (value == null || value.isBlank()) ? null : value.trim();
    }
}
