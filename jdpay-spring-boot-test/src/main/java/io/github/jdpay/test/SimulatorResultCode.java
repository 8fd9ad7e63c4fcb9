package io.github.jdpay.test;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.protocol.JdPayResult;
import org.jspecify.annotations.Nullable;

/**
 * The result codes the simulator answers failures with. JD publishes no code table, so every code except
 * {@link #INSUFFICIENT_BALANCE} was invented for the simulator; the {@code 9xxxxx} range marks them as such.
 */
public enum SimulatorResultCode {

    /** The body is not a {@code <jdpay>} envelope (or JSON envelope): garbage, truncated, empty, the wrong format. */
    MALFORMED_REQUEST("GATE900001", "报文格式错误"),

    /** The XML carries a DTD, an entity declaration or an entity reference. */
    FORBIDDEN_XML("GATE900002", "报文含有不允许的DTD或实体"),

    /** The body is larger than the simulator accepts. */
    REQUEST_TOO_LARGE("GATE900003", "报文超过长度限制"),

    /** No merchant with this number is registered. */
    UNKNOWN_MERCHANT("GATE900004", "商户号不存在"),

    /** The encrypted content is missing, not Base64 or hex, or does not decrypt with the merchant's DES key. */
    DECRYPTION_FAILED("GATE900005", "报文解密失败"),

    /** The signature does not verify with the merchant's public key (or MD5 key). */
    SIGNATURE_INVALID("GATE900006", "验签失败"),

    /** A field is missing or invalid; the description names it. */
    INVALID_PARAMETER("GATE900007", "参数错误"),

    /** The {@code version} is not one the interface speaks. */
    UNSUPPORTED_VERSION("GATE900008", "版本号不支持"),

    /** The request is in another dialect than the one the simulator was told to accept only. */
    DIALECT_REFUSED("GATE900009", "报文形式不符"),

    /** No trade with this number exists for the merchant. */
    TRADE_NOT_FOUND("TRDE900001", "交易不存在"),

    /** The trade number is already used by a different order. */
    DUPLICATE_TRADE_NUM("TRDE900002", "交易流水号重复"),

    /** The order is already paid. */
    TRADE_ALREADY_PAID("TRDE900003", "订单已支付"),

    /** The order was closed: expired or revoked before payment. */
    TRADE_CLOSED("TRDE900004", "订单已关闭"),

    /** A refund or revoke names an order that was never paid. */
    TRADE_NOT_PAID("TRDE900005", "原交易未支付"),

    /** The refund amount exceeds what is left to refund. */
    REFUND_EXCEEDS_REFUNDABLE("RFND900001", "退款金额超过可退金额"),

    /** The refund number is already used by a different refund. */
    DUPLICATE_REFUND_NUM("RFND900002", "退款流水号重复"),

    /** The trade cannot be revoked (partially refunded, or the amount is not the order amount). */
    REVOKE_NOT_ALLOWED("RFND900003", "交易不可撤销"),

    /** JD's own code: not enough available balance to refund; final, a new refund needs a new refund number. */
    INSUFFICIENT_BALANCE("RFND100008", "可用余额不足");

    private final String code;

    private final String description;

    SimulatorResultCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code on the wire. */
    public String code() {
        return this.code;
    }

    /** The Chinese description on the wire. */
    public String description() {
        return this.description;
    }

    /** Whether JD itself uses this code (only {@link #INSUFFICIENT_BALANCE}); the others are the simulator's. */
    public boolean isJdCode() {
        return this == INSUFFICIENT_BALANCE;
    }

    /** The result as a {@code <result>} element carries it. */
    public JdPayResult result() {
        return new JdPayResult(this.code, this.description);
    }

    /** The code as an exception, with a detail (such as the field name) appended to the description. */
    JdPayApiException exception(@Nullable String detail, String operation, @Nullable String tradeNum) {
        String description = (detail != null) ? this.description + ": " + detail : this.description;
        return new JdPayApiException(this.code, description, operation, tradeNum);
    }
}
