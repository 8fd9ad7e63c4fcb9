package io.github.jdpay.merchant;

import org.jspecify.annotations.Nullable;

/**
 * Supplies the crypto of JD Pay 2.0 merchants by the name they are configured under, such as keys that live in an
 * HSM or a KMS. A merchant it supplies nothing for uses the keys of its {@code jdpay.*} properties; a merchant it does
 * supply needs no keys there. Implementations are thread-safe; they are asked once per merchant at start-up.
 */
@FunctionalInterface
public interface JdPayMerchantCryptoProvider {

    /**
     * The crypto of the merchant named {@code merchantName} ({@code default} for the top-level {@code jdpay.*} one,
     * otherwise its key under {@code jdpay.merchants}), or {@code null} to use its configured keys.
     */
    @Nullable
    JdPayMerchantCrypto crypto(String merchantName);
}
