package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.Digests;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Request encoding: {@link JdPayXmlCodec#sealToBytes(String, XmlNode)}, the bytes the client posts, of a uniorder
 * request beside the RSA private-key operation, the 3DES and the SHA-256 over the same bytes.
 */
public class EncodeBenchmark extends PrimitivesBeside {

    /** RSA modulus size of the merchant key. */
    @Param({"1024", "2048"})
    public int keyBits;

    /** Size of the request's inner XML. */
    @Param({"600B", "64KB"})
    public String request;

    private JdPayXmlCodec codec;

    private XmlNode document;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairs keys = KeyPairs.ofBits(this.keyBits);
        this.codec = Messages.codec(keys);
        this.document = Messages.uniorder("64KB".equals(this.request));
        this.primitives = new Primitives(Cipher.ENCRYPT_MODE, keys.privateKey(), Cipher.ENCRYPT_MODE);
        this.unsigned = Messages.unsignedBytes(this.document);
        this.rsaInput = Digests.sha256HexAscii(this.unsigned);
        int signed = this.codec.signDocument(this.document).getBytes(StandardCharsets.UTF_8).length;
        this.blocks = Primitives.framedBlocks(signed);
    }

    /** The whole request: write, hash, sign, embed, frame, 3DES, hex, Base64, envelope. */
    @Benchmark
    public byte[] seal() {
        return this.codec.sealToBytes(Messages.MERCHANT, this.document);
    }

    int unsignedLength() {
        return this.unsigned.length;
    }
}
