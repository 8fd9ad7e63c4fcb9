package io.github.jdpay.sample.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads fields of a JSON object that arrived as a map, so that a field of the wrong type is answered like any other
 * invalid field, by name, without depending on which Jackson version parsed it.
 */
final class JsonFields {

    private JsonFields() {}

    static @Nullable String text(Map<String, ?> json, String field) {
        Object value = json.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidFieldException(field, InvalidFieldException.label(field) + " must be text.");
    }

    /** A JSON number exactly: integers as they are, decimals through their text, never through a double's value. */
    static @Nullable BigDecimal number(Map<String, ?> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        throw new InvalidFieldException(field, InvalidFieldException.label(field) + " must be a number.");
    }
}
