package io.github.jdpay.protocol.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names {@code getScanUrl}'s plaintext gives the integration id and the order number. JD's product page uses two:
 * its parameter table says {@code systemId}/{@code outTradeNo}, its worked example {@code appId}/{@code orderId}.
 */
public enum ScanUrlFieldNames {

    /** The parameter table's names, {@code systemId} and {@code outTradeNo}, which JD's SDK bean carries as well. */
    TABLE,

    /** The worked example's names, {@code appId} and {@code orderId}. */
    SAMPLE;

    /** The sample name of each table name that differs. */
    private static final Map<String, String> SAMPLE_NAMES = Map.of("systemId", "appId", "outTradeNo", "orderId");

    /** The fields in this naming, in the same order; {@code fields} are in the table's names. */
    public Map<String, Object> apply(Map<String, ?> fields) {
        Map<String, Object> named = new LinkedHashMap<>();
        fields.forEach((name, value) -> named.put(name(name), value));
        return named;
    }

    /** This naming's name for the table's field {@code tableName}. */
    public String name(String tableName) {
        return (this == SAMPLE) ? SAMPLE_NAMES.getOrDefault(tableName, tableName) : tableName;
    }

    /** The naming {@code fields} are written in: {@link #SAMPLE} when they carry {@code orderId} and no
     * {@code outTradeNo}. */
    public static ScanUrlFieldNames of(Map<String, ?> fields) {
        return (fields.containsKey("orderId") && !fields.containsKey("outTradeNo")) ? SAMPLE : TABLE;
    }

    /** The fields with the sample names read as the table's, so one reader serves both; other fields unchanged. */
    public static Map<String, String> asTable(Map<String, String> fields) {
        if (of(fields) == TABLE) {
            return fields;
        }
        Map<String, String> table = new LinkedHashMap<>();
        fields.forEach((name, value) -> table.put(
                switch (name) {
                    case "orderId" -> "outTradeNo";
                    case "appId" -> fields.containsKey("systemId") ? name : "systemId";
                    default -> name;
                },
                value));
        return table;
    }
}
