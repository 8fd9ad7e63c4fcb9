package io.github.jdpay.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one JD Pay merchant account: the top-level {@code jdpay.*} merchant and each
 * {@code jdpay.merchants.<name>.*}. Keys are given as a location ({@code classpath:}, {@code file:}) or as content.
 */
public class JdPayMerchantProperties {

    /** Merchant number assigned by JD (12 digits in production, 22294531 for JD's test merchant). */
    private @Nullable String merchantNo;

    /** 3DES key from the JD merchant console: 32 characters of Base64 (24 bytes), or a location holding them. */
    private @Nullable String desKey;

    /**
     * Merchant RSA private key: a location ("classpath:jdpay/merchant-private.pem", "file:...") or the content itself,
     * PKCS#8 or PKCS#1, PEM or bare Base64.
     */
    private @Nullable String privateKey;

    /**
     * JD's RSA public key, which verifies JD's answers: a location or the content itself (X.509 PEM or bare Base64).
     * An extra merchant uses the top-level one unless it sets its own.
     */
    private @Nullable String jdPublicKey;

    /**
     * JD's RSA public keys, newest first, for rotating JD's key: each a key (as jd-public-key) with an optional
     * not-after (ISO-8601 instant) after which it is no longer tried. Set this or jd-public-key, not both.
     */
    private List<JdPayPublicKeyProperties> jdPublicKeys = new ArrayList<>();

    /** MD5 key from the JD merchant console that signs the parameters of APP payments. */
    private @Nullable String md5Key;

    /** JD's id of the merchant's app, needed for APP payments. */
    private @Nullable String appId;

    /** Default URL JD posts payment and refund notifications to; an extra merchant uses the top-level one if unset. */
    private @Nullable String notifyUrl;

    /** Default URL the cashier sends the browser back to; an extra merchant uses the top-level one if unset. */
    private @Nullable String callbackUrl;

    public @Nullable String getMerchantNo() {
        return this.merchantNo;
    }

    public void setMerchantNo(@Nullable String merchantNo) {
        this.merchantNo = merchantNo;
    }

    public @Nullable String getDesKey() {
        return this.desKey;
    }

    public void setDesKey(@Nullable String desKey) {
        this.desKey = desKey;
    }

    public @Nullable String getPrivateKey() {
        return this.privateKey;
    }

    public void setPrivateKey(@Nullable String privateKey) {
        this.privateKey = privateKey;
    }

    public @Nullable String getJdPublicKey() {
        return this.jdPublicKey;
    }

    public void setJdPublicKey(@Nullable String jdPublicKey) {
        this.jdPublicKey = jdPublicKey;
    }

    public List<JdPayPublicKeyProperties> getJdPublicKeys() {
        return this.jdPublicKeys;
    }

    public void setJdPublicKeys(List<JdPayPublicKeyProperties> jdPublicKeys) {
        this.jdPublicKeys = jdPublicKeys;
    }

    public @Nullable String getMd5Key() {
        return this.md5Key;
    }

    public void setMd5Key(@Nullable String md5Key) {
        this.md5Key = md5Key;
    }

    public @Nullable String getAppId() {
        return this.appId;
    }

    public void setAppId(@Nullable String appId) {
        this.appId = appId;
    }

    public @Nullable String getNotifyUrl() {
        return this.notifyUrl;
    }

    public void setNotifyUrl(@Nullable String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public @Nullable String getCallbackUrl() {
        return this.callbackUrl;
    }

    public void setCallbackUrl(@Nullable String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    @Override
    public String toString() {
        // Secrets are masked: these objects end up in logs and in the actuator's configprops.
        return getClass().getSimpleName() + "[" + describe() + "]";
    }

    String describe() {
        return "merchantNo=" + this.merchantNo + ", desKey=" + secret(this.desKey) + ", privateKey="
                + locationOrSecret(this.privateKey) + ", jdPublicKey=" + locationOrSecret(this.jdPublicKey)
                + ", jdPublicKeys=" + this.jdPublicKeys + ", md5Key=" + secret(this.md5Key) + ", appId=" + this.appId
                + ", notifyUrl=" + this.notifyUrl
                + ", callbackUrl=" + this.callbackUrl;
    }

    static @Nullable String secret(@Nullable String value) {
        return (value != null) ? "******" : null;
    }

    /** A location names a file, which is safe to show; content is not shown, even a public key's. */
    static @Nullable String locationOrSecret(@Nullable String value) {
        if (value != null && (value.startsWith("classpath:") || value.startsWith("file:"))) {
            return value;
        }
        return secret(value);
    }
}
