package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.KeyLoader;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The RSA key pairs the benchmarks sign and verify with, by modulus size; copied from the library's test keys. */
enum KeyPairs {

    /** JD's test keys are 1024 bits: the A.1 merchant pair stands in for both sides. */
    RSA_1024("keys/merchant-22294531-private.pem", "keys/merchant-22294531-public.pem"),

    /** The 2048-bit self-test pair of JD's signing library, the size a new merchant key should have. */
    RSA_2048("keys/selftest-2048-private.pem", "keys/selftest-2048-public.pem");

    private final String privatePath;

    private final String publicPath;

    KeyPairs(String privatePath, String publicPath) {
        this.privatePath = privatePath;
        this.publicPath = publicPath;
    }

    static KeyPairs ofBits(int bits) {
        return switch (bits) {
            case 1024 -> RSA_1024;
            case 2048 -> RSA_2048;
            default -> throw new IllegalArgumentException("no " + bits + "-bit benchmark key");
        };
    }

    PrivateKey privateKey() {
        return KeyLoader.privateKey(name() + " private key", "classpath:" + this.privatePath);
    }

    PublicKey publicKey() {
        return KeyLoader.publicKey(name() + " public key", "classpath:" + this.publicPath);
    }
}
