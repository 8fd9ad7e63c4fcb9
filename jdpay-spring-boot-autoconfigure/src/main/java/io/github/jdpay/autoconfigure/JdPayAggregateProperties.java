package io.github.jdpay.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * The aggregate-pay (聚合支付) merchant: a number and keys of its own, apart from the JD Pay 2.0 merchants. Its hosts
 * are jdpay.endpoints.aggregate and jdpay.endpoints.aggregate-api.
 */
public class JdPayAggregateProperties {

    /** Aggregate merchant number assigned by JD (聚合商户号); aggregate pay stays off without it. */
    private @Nullable String merchantNo;

    /** System id JD assigned to the merchant's integration (systemId, 对接系统名称). */
    private @Nullable String systemId;

    /** Aggregate 3DES key (加密密钥): 32 characters of Base64 (24 bytes), or a location holding them. */
    private @Nullable String desKey;

    /** Aggregate MD5 key (加签密钥, "md5 盐") that signs every aggregate message, or a location holding it. */
    private @Nullable String md5Key;

    /** Default URL JD posts aggregate payment and refund notifications to (successNotifyUrl, notifyUrl). */
    private @Nullable String notifyUrl;

    /** Path of the aggregate notification endpoint; make jdpay.aggregate.notify-url point at it. */
    private String notifyPath = "/jdpay/aggregate/notify";

    public @Nullable String getMerchantNo() {
        return this.merchantNo;
    }

    public void setMerchantNo(@Nullable String merchantNo) {
        this.merchantNo = merchantNo;
    }

    public @Nullable String getSystemId() {
        return this.systemId;
    }

    public void setSystemId(@Nullable String systemId) {
        this.systemId = systemId;
    }

    public @Nullable String getDesKey() {
        return this.desKey;
    }

    public void setDesKey(@Nullable String desKey) {
        this.desKey = desKey;
    }

    public @Nullable String getMd5Key() {
        return this.md5Key;
    }

    public void setMd5Key(@Nullable String md5Key) {
        this.md5Key = md5Key;
    }

    public @Nullable String getNotifyUrl() {
        return this.notifyUrl;
    }

    public void setNotifyUrl(@Nullable String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public String getNotifyPath() {
        return this.notifyPath;
    }

    public void setNotifyPath(String notifyPath) {
        this.notifyPath = notifyPath;
    }

    @Override
    public String toString() {
        // Secrets are masked: this object ends up in logs and in the actuator's configprops.
        return "Aggregate[merchantNo=" + this.merchantNo + ", systemId=" + this.systemId + ", desKey="
                + JdPayMerchantProperties.secret(this.desKey) + ", md5Key="
                + JdPayMerchantProperties.secret(this.md5Key) + ", notifyUrl=" + this.notifyUrl + ", notifyPath="
                + this.notifyPath + "]";
    }
}
