package io.github.jdpay.test.autoconfigure;

import io.github.jdpay.autoconfigure.JdPayMerchantProperties;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.test.JdPaySimulatorBuilder;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Registers configured merchants with a simulator: the merchant number, the DES key and the private key's public half. */
final class SimulatedMerchants {

    private SimulatedMerchants() {}

    static void register(JdPaySimulatorBuilder simulator, String prefix, JdPayMerchantProperties merchant) {
        String merchantNo = require(prefix + "merchant-no", merchant.getMerchantNo());
        String desKeyProperty = prefix + "des-key";
        byte[] desKey = KeyLoader.desKey(desKeyProperty, require(desKeyProperty, merchant.getDesKey()));
        String privateKeyProperty = prefix + "private-key";
        PrivateKey privateKey =
                KeyLoader.privateKey(privateKeyProperty, require(privateKeyProperty, merchant.getPrivateKey()));
        PublicKey publicKey = KeyLoader.publicKeyOf(privateKey);
        if (publicKey == null) {
            throw new JdPayKeyException(
                    privateKeyProperty, "carries no public exponent, so the simulator cannot verify the merchant");
        }
        simulator.merchant(merchantNo.trim(), Base64.getEncoder().encodeToString(desKey), publicKey);
    }

    private static String require(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new JdPayKeyException(property, "is not set; the simulator needs it to play JD for this merchant");
        }
        return value;
    }
}
