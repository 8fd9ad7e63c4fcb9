package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.Hex;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Notification decoding: {@link JdPayEnvelope#parse(byte[])} and {@link JdPayXmlCodec#open(JdPayEnvelope)} of a
 * JD-style payment notification of about 1 KB, beside the RSA public-key operation, the 3DES and the SHA-256 over
 * the same bytes.
 */
public class DecodeBenchmark extends PrimitivesBeside {

    /** RSA modulus size of the key JD signs with. */
    @Param({"1024", "2048"})
    public int keyBits;

    private JdPayXmlCodec codec;

    private byte[] body;

    private int document;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairs keys = KeyPairs.ofBits(this.keyBits);
        // One codec for both sides: it seals as JD would and opens as the merchant does.
        this.codec = Messages.codec(keys);
        String envelope = this.codec.seal(Messages.MERCHANT, Messages.notification(), JdPayResult.success());
        this.body = envelope.getBytes(StandardCharsets.UTF_8);
        this.primitives = new Primitives(Cipher.DECRYPT_MODE, keys.publicKey(), Cipher.DECRYPT_MODE);
        JdPayEnvelope parsed = JdPayEnvelope.parse(this.body);
        this.blocks = Hex.decodeAscii(Base64.getDecoder().decode(parsed.encrypt()));
        String inner = this.codec.decryptDocument(parsed.encrypt());
        this.document = inner.getBytes(StandardCharsets.UTF_8).length;
        int start = inner.indexOf("<sign>");
        int end = inner.indexOf("</sign>");
        this.rsaInput = Base64.getDecoder().decode(inner.substring(start + "<sign>".length(), end));
        this.unsigned = (inner.substring(0, start) + inner.substring(end + "</sign>".length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The whole notification: envelope parse, Base64, hex, 3DES, verify, inner parse. */
    @Benchmark
    public JdPayMessage open() {
        return this.codec.open(JdPayEnvelope.parse(this.body));
    }

    int documentLength() {
        return this.document;
    }
}
