package io.github.jdpay.test.autoconfigure;

import io.github.jdpay.autoconfigure.JdPayAggregateProperties;
import io.github.jdpay.autoconfigure.JdPayMerchantProperties;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.test.JdPaySimulatorBuilder;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Registers configured merchants with a simulator: a JD Pay 2.0 merchant's number, DES key and the public half of its
 * private key; the aggregate merchant's number, DES key and MD5 key.
 */
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

    /** Registers the aggregate merchant with its DES key and MD5 key, read as the starter reads them. */
    static void registerAggregate(JdPaySimulatorBuilder simulator, JdPayAggregateProperties aggregate) {
        String prefix = "jdpay.aggregate.";
        String merchantNo = require(prefix + "merchant-no", aggregate.getMerchantNo());
        String desKeyProperty = prefix + "des-key";
        byte[] desKey = KeyLoader.desKey(desKeyProperty, require(desKeyProperty, aggregate.getDesKey()));
        String md5KeyProperty = prefix + "md5-key";
        String md5Key = KeyLoader.resolve(md5KeyProperty, require(md5KeyProperty, aggregate.getMd5Key()))
                .trim();
        simulator.aggregateMerchant(merchantNo.trim(), Base64.getEncoder().encodeToString(desKey), md5Key);
    }

    private static String require(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new JdPayKeyException(property, "is not set; the simulator needs it to play JD for this merchant");
        }
        return value;
    }
}
