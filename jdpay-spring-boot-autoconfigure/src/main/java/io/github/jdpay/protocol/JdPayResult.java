package io.github.jdpay.protocol;

import java.util.Objects;

/**
 * The {@code <result>} of a JD response or notification.
 *
 * @param code JD's result code; {@value #SUCCESS_CODE} means success
 * @param desc JD's description, often Chinese
 */
public record JdPayResult(String code, String desc) {

    /** The only result code JD uses for success. */
    public static final String SUCCESS_CODE = "000000";

    public JdPayResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(desc, "desc");
    }

    /** A success result with JD's usual description. */
    public static JdPayResult success() {
        return new JdPayResult(SUCCESS_CODE, "成功");
    }

    /** Whether the code is {@value #SUCCESS_CODE}. */
    public boolean isSuccess() {
        return SUCCESS_CODE.equals(this.code);
    }

    static JdPayResult from(XmlNode node) {
        String code = node.childText("code");
        String desc = node.childText("desc");
        return new JdPayResult((code != null) ? code.trim() : "", (desc != null) ? desc : "");
    }

    XmlNode toNode() {
        return XmlNode.element(
                "result", java.util.List.of(XmlNode.leaf("code", this.code), XmlNode.leaf("desc", this.desc)));
    }
}
