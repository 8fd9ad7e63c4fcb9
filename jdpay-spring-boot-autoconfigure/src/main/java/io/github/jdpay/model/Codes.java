package io.github.jdpay.model;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Looks up JD's wire codes in the model's enumerations (both protocols). */
public final class Codes {

    private Codes() {}

    /** The constant whose code is {@code code}, or {@code fallback} for a code this version does not know. */
    public static <E extends Enum<E>> E find(
            E[] values, Function<E, @Nullable String> codeOf, @Nullable String code, E fallback) {
        if (code != null) {
            String trimmed = code.trim();
            for (E value : values) {
                if (trimmed.equals(codeOf.apply(value))) {
                    return value;
                }
            }
        }
        return fallback;
    }
}
