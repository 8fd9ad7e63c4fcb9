package io.github.jdpay.test;

import io.github.jdpay.crypto.KeyLoader;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The RSA key pair the simulator signs with in JD's place. It was generated for this project and is <b>not a JD
 * key</b> (JD's test private key is not public): configure {@link #PUBLIC_KEY_LOCATION} as the "JD public key" of an
 * application under test, never in production.
 */
public final class SimulatorJdKey {

    /** The simulator's private key (PKCS#8 PEM), simulator only. */
    public static final String PRIVATE_KEY_LOCATION = "classpath:jdpay-test/simulator-only-jd-private.pem";

    /** The simulator's public key (X.509 PEM), what a merchant application verifies simulator messages with. */
    public static final String PUBLIC_KEY_LOCATION = "classpath:jdpay-test/simulator-only-jd-public.pem";

    private SimulatorJdKey() {}

    /** The simulator's private key. */
    public static PrivateKey privateKey() {
        return KeyLoader.privateKey("simulator JD private key", PRIVATE_KEY_LOCATION);
    }

    /** The simulator's public key. */
    public static PublicKey publicKey() {
        return KeyLoader.publicKey("simulator JD public key", PUBLIC_KEY_LOCATION);
    }

    /** Renders a public key as X.509 PEM, lines of 64 characters. */
    public static String pem(PublicKey publicKey) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
