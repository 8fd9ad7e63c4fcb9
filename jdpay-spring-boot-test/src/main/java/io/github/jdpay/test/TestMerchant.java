package io.github.jdpay.test;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The published JD Pay test merchant 22294531 (jdpay-v2.md Appendix A.1), for tests and the demo shop only: its keys
 * are public, so nothing signed with them may ever move real money.
 *
 * <p>The key locations are {@code classpath:} resources of this module, in the form the starter's key properties
 * accept, so a test configuration can point {@code jdpay.private-key} at {@link #PRIVATE_KEY_LOCATION} and
 * {@code jdpay.jd-public-key} at {@link SimulatorJdKey#PUBLIC_KEY_LOCATION}.
 */
public final class TestMerchant {

    /** Merchant number. */
    public static final String MERCHANT_NO = "22294531";

    /** Merchant name as JD's test gateway returns it. */
    public static final String NAME = "京东支付测试商户号";

    /** Base64 of the 24-byte 3DES key. */
    public static final String DES_KEY = "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t";

    /** MD5 key for the APP {@code signData}; the simulator also uses it as this merchant's aggregate-pay MD5 key. */
    public static final String MD5_KEY = "test";

    /** The simulator's bill key for statement downloads; made up here, JD's is whatever the merchant gave it. */
    public static final String BILL_KEY = "simulator-bill1";

    /** The merchant's RSA private key (PKCS#8 PEM). */
    public static final String PRIVATE_KEY_LOCATION = "classpath:jdpay-test/test-merchant-22294531-private.pem";

    /** The public half of the merchant key, which JD (and the simulator) verifies requests with. */
    public static final String PUBLIC_KEY_LOCATION = "classpath:jdpay-test/test-merchant-22294531-public.pem";

    private TestMerchant() {}

    /** The merchant's RSA private key. */
    public static PrivateKey privateKey() {
        return KeyLoader.privateKey("test merchant private key", PRIVATE_KEY_LOCATION);
    }

    /** The merchant's RSA public key. */
    public static PublicKey publicKey() {
        return KeyLoader.publicKey("test merchant public key", PUBLIC_KEY_LOCATION);
    }

    /** The merchant's 3DES cipher. */
    public static JdPayCipher cipher() {
        return new JdTripleDesCipher(KeyLoader.desKey("test merchant DES key", DES_KEY));
    }

    /** The merchant's side of the XML codec: seals requests with the merchant key, opens answers with JD's. */
    public static JdPayXmlCodec xmlCodec(PublicKey jdPublicKey) {
        return new JdPayXmlCodec(cipher(), new RsaJdPaySigner(privateKey()), new RsaJdPayVerifier(jdPublicKey));
    }

    /** The merchant's side of the form codec: seals cashier forms, opens JD's page callbacks. */
    public static JdPayFormCodec formCodec(PublicKey jdPublicKey) {
        return new JdPayFormCodec(cipher(), new RsaJdPaySigner(privateKey()), new RsaJdPayVerifier(jdPublicKey));
    }
}
