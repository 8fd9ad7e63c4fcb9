package io.github.jdpay.benchmarks;

import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;

/** The benchmark messages and codecs for benchmarks outside this package (such as the XML path benchmark). */
public final class BenchmarkMessages {

    /** Merchant number the messages carry. */
    public static final String MERCHANT = Messages.MERCHANT;

    private BenchmarkMessages() {}

    /** A codec that signs and verifies with the RSA pair of {@code bits} bits and the benchmark DES key. */
    public static JdPayXmlCodec codec(int bits) {
        return Messages.codec(KeyPairs.ofBits(bits));
    }

    /** The sealed bytes of the 1 KB payment notification, as JD posts them. */
    public static byte[] notification(JdPayXmlCodec codec) {
        return codec.sealToBytes(MERCHANT, Messages.notification(), JdPayResult.success());
    }

    /** The uniorder request of about 600 bytes of inner XML. */
    public static XmlNode uniorder() {
        return Messages.uniorder(false);
    }
}
