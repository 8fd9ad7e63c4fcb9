package io.github.jdpay.merchant;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.crypto.AppSignData;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.model.FieldRules;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One JD Pay merchant account as the template uses it: its number, its crypto and its defaults.
 *
 * @param name name the application knows the merchant by, for {@link JdPayOperations#forMerchant(String)}
 * @param merchantNo JD's merchant number
 * @param cipher 3DES with the merchant's DES key
 * @param signer signs with the merchant's private key
 * @param verifier verifies with JD's public key
 * @param md5Key MD5 key for the APP {@code signData}, when the merchant takes APP payments
 * @param appId JD's id of the merchant's app, when the merchant takes APP payments
 * @param notifyUrl default {@code notifyUrl} of requests
 * @param callbackUrl default {@code callbackUrl} of cashier forms
 */
public record JdPayMerchant(
        String name,
        String merchantNo,
        JdPayCipher cipher,
        JdPaySigner signer,
        JdPayVerifier verifier,
        @Nullable String md5Key,
        @Nullable String appId,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl) {

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9]{1,32}");

    public JdPayMerchant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(merchantNo, "merchantNo");
        if (!MERCHANT_NO.matcher(merchantNo).matches()) {
            throw new IllegalArgumentException("merchant number of '" + name + "' must be digits");
        }
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(verifier, "verifier");
        md5Key = (md5Key == null || md5Key.isEmpty()) ? null : md5Key;
        appId = FieldRules.optional("appId", appId, 64);
        notifyUrl = FieldRules.url("notifyUrl", notifyUrl);
        callbackUrl = FieldRules.url("callbackUrl", callbackUrl);
    }

    /**
     * The APP payment's {@code signData} for one of JD's order ids, signed with this merchant's MD5 key.
     *
     * @throws IllegalStateException if the merchant has no MD5 key
     */
    public String appSignData(String orderId) {
        String key = this.md5Key;
        if (key == null) {
            throw new IllegalStateException("merchant '" + this.name + "' has no MD5 key for APP payments");
        }
        return AppSignData.compute(this.merchantNo, orderId, key);
    }

    /** Starts a merchant with its name, number and crypto; the rest is optional. */
    public static Builder builder(String name, String merchantNo) {
        return new Builder(name, merchantNo);
    }

    @Override
    public String toString() {
        return "JdPayMerchant[name=" + this.name + ", merchantNo=" + this.merchantNo + ", appId=" + this.appId
                + ", md5Key=" + ((this.md5Key != null) ? "******" : null) + ", notifyUrl=" + this.notifyUrl + "]";
    }

    /** Collects the parts of a {@link JdPayMerchant}. */
    public static final class Builder {

        private final String name;
        private final String merchantNo;
        private @Nullable JdPayCipher cipher;
        private @Nullable JdPaySigner signer;
        private @Nullable JdPayVerifier verifier;
        private @Nullable String md5Key;
        private @Nullable String appId;
        private @Nullable String notifyUrl;
        private @Nullable String callbackUrl;

        private Builder(String name, String merchantNo) {
            this.name = name;
            this.merchantNo = merchantNo;
        }

        public Builder cipher(JdPayCipher cipher) {
            this.cipher = cipher;
            return this;
        }

        public Builder signer(JdPaySigner signer) {
            this.signer = signer;
            return this;
        }

        public Builder verifier(JdPayVerifier verifier) {
            this.verifier = verifier;
            return this;
        }

        public Builder md5Key(@Nullable String md5Key) {
            this.md5Key = md5Key;
            return this;
        }

        public Builder appId(@Nullable String appId) {
            this.appId = appId;
            return this;
        }

        public Builder notifyUrl(@Nullable String notifyUrl) {
            this.notifyUrl = notifyUrl;
            return this;
        }

        public Builder callbackUrl(@Nullable String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        /** Builds the merchant; cipher, signer and verifier are required. */
        public JdPayMerchant build() {
            return new JdPayMerchant(
                    this.name,
                    this.merchantNo,
                    Objects.requireNonNull(this.cipher, "cipher"),
                    Objects.requireNonNull(this.signer, "signer"),
                    Objects.requireNonNull(this.verifier, "verifier"),
                    this.md5Key,
                    this.appId,
                    this.notifyUrl,
                    this.callbackUrl);
        }
    }
}
