package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.Digests;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Request encoding: {@link JdPayXmlCodec#seal(String, XmlNode)} of a uniorder request beside the RSA private-key
 * operation, the 3DES and the SHA-256 over the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EncodeBenchmark {

    /** RSA modulus size of the merchant key. */
    @Param({"1024", "2048"})
    public int keyBits;

    /** Size of the request's inner XML. */
    @Param({"600B", "64KB"})
    public String request;

    private JdPayXmlCodec codec;

    private XmlNode document;

    private Primitives primitives;

    private byte[] digestHex;

    private byte[] blocks;

    private byte[] unsigned;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairs keys = KeyPairs.ofBits(this.keyBits);
        this.codec = Messages.codec(keys);
        this.document = Messages.uniorder("64KB".equals(this.request));
        this.primitives = new Primitives(Cipher.ENCRYPT_MODE, keys.privateKey(), Cipher.ENCRYPT_MODE);
        this.unsigned = Messages.unsignedBytes(this.document);
        this.digestHex = Digests.sha256HexAscii(this.unsigned);
        int signed = this.codec.signDocument(this.document).getBytes(StandardCharsets.UTF_8).length;
        this.blocks = Primitives.framedBlocks(signed);
    }

    /** The whole request: write, hash, sign, embed, frame, 3DES, hex, Base64, envelope. */
    @Benchmark
    public String seal() {
        return this.codec.seal(Messages.MERCHANT, this.document);
    }

    /** RSA private-key "encryption" of the 64 hex characters of the digest. */
    @Benchmark
    public byte[] rsaPrivate() throws GeneralSecurityException {
        return this.primitives.rsa(this.digestHex);
    }

    /** 3DES over as many blocks as the framed signed document fills. */
    @Benchmark
    public byte[] tripleDes() throws GeneralSecurityException {
        return this.primitives.tripleDes(this.blocks);
    }

    /** SHA-256 over the document as signed. */
    @Benchmark
    public byte[] sha256() {
        return this.primitives.sha256(this.unsigned);
    }

    int unsignedLength() {
        return this.unsigned.length;
    }
}
