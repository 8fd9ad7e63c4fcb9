package io.github.jdpay.merchant;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import java.util.Objects;

/**
 * The crypto of one JD Pay 2.0 merchant, as a {@link JdPayMerchantCryptoProvider} supplies it.
 *
 * @param cipher 3DES with the merchant's DES key
 * @param signer signs with the merchant's private key
 * @param verifier verifies with JD's public key
 */
public record JdPayMerchantCrypto(JdPayCipher cipher, JdPaySigner signer, JdPayVerifier verifier) {

    public JdPayMerchantCrypto {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(verifier, "verifier");
    }
}
