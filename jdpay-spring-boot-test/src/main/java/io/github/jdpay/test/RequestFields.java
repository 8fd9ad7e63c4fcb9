package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.INVALID_PARAMETER;

import io.github.jdpay.protocol.XmlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The plaintext fields of one request, read with the checks JD applies; a bad field is a JD result code. */
final class RequestFields {

    private static final Pattern TRADE_NUM = Pattern.compile("[A-Za-z0-9_\\-]{1,32}");

    private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]{0,11}");

    private static final Pattern SECONDS = Pattern.compile("[1-9][0-9]{0,6}");

    private final Map<String, String> fields;

    private final String operation;

    RequestFields(Map<String, String> fields, String operation) {
        this.fields = fields;
        this.operation = operation;
        // Control characters could not be echoed in a signed answer or notification: JD refuses them too.
        fields.forEach((name, value) -> {
            if (value.chars().anyMatch(c -> c < 0x20)) {
                throw invalid(name, "含有控制字符");
            }
        });
    }

    /** The top-level text fields of a decrypted XML request. */
    static RequestFields of(XmlNode root, String operation) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlNode child : root.children()) {
            if (child.children().isEmpty() && !child.name().equals("sign")) {
                fields.putIfAbsent(child.name(), child.text());
            }
        }
        return new RequestFields(fields, operation);
    }

    Map<String, String> all() {
        return this.fields;
    }

    String operation() {
        return this.operation;
    }

    @Nullable
    String optional(String name) {
        String value = this.fields.get(name);
        return (value == null || value.isBlank()) ? null : value;
    }

    String optional(String name, String fallback) {
        String value = optional(name);
        return (value != null) ? value : fallback;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw invalid(name, "不能为空");
        }
        return value;
    }

    /** A trade number: letters, digits, {@code _} and {@code -}, at most 32 characters. */
    String tradeNum(String name) {
        String value = required(name);
        if (!TRADE_NUM.matcher(value).matches()) {
            throw invalid(name, "须为不超过32位的字母、数字、_或-");
        }
        return value;
    }

    /** An amount in fen: a positive integer of at most 12 digits. */
    long amount(String name) {
        String value = required(name);
        if (!AMOUNT.matcher(value).matches()) {
            throw invalid(name, "须为正整数(分)");
        }
        return Long.parseLong(value);
    }

    /** {@code expireTime} in seconds, 600 when absent. */
    long expireSeconds() {
        String value = optional("expireTime");
        if (value == null) {
            return 600;
        }
        if (!SECONDS.matcher(value).matches()) {
            throw invalid("expireTime", "须为正整数(秒)");
        }
        return Long.parseLong(value);
    }

    /** {@code currency}: only {@code CNY}, which is also the default. */
    String currency() {
        String value = optional("currency", "CNY");
        if (!value.equals("CNY")) {
            throw invalid("currency", "仅支持CNY");
        }
        return value;
    }

    RuntimeException invalid(String name, String problem) {
        return INVALID_PARAMETER.exception(name + " " + problem, this.operation, this.fields.get("tradeNum"));
    }
}
