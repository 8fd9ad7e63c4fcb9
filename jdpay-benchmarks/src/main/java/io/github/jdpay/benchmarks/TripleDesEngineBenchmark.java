package io.github.jdpay.benchmarks;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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
 * 3DES-ECB without padding, in place over whole blocks, through each implementation at hand: which one the library's
 * ciphers should use. Every method transforms the same buffer the same way; the set-up checks that they agree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TripleDesEngineBenchmark {

    private static final int BLOCK = 8;

    /** What the library keeps per pooled JCA cipher: a scratch buffer, because JDK 17 copies in-place input whole. */
    private static final int SCRATCH = 4096;

    /** Bytes transformed: a notification's ciphertext (848 B) and a large request. */
    @Param({"848", "65536"})
    public int bytes;

    @Param({"decrypt", "encrypt"})
    public String direction;

    byte[] buffer = new byte[0];

    private final byte[] scratch = new byte[SCRATCH];

    private byte[] key = new byte[0];

    private boolean encrypt;

    private Cipher sunJce;

    private Cipher bouncyCastleJca;

    private DESedeEngine engine;

    private DESEngine[] singleDes;

    @Setup
    public void setUp() throws GeneralSecurityException {
        Random random = new Random(42);
        this.key = new byte[24];
        random.nextBytes(this.key);
        this.buffer = new byte[this.bytes];
        random.nextBytes(this.buffer);
        this.encrypt = "encrypt".equals(this.direction);
        int mode = this.encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        SecretKeySpec secret = new SecretKeySpec(this.key, "DESede");
        this.sunJce = Cipher.getInstance("DESede/ECB/NoPadding");
        this.sunJce.init(mode, secret);
        // The provider object is passed directly: nothing is registered with the JVM.
        this.bouncyCastleJca = Cipher.getInstance("DESede/ECB/NoPadding", new BouncyCastleProvider());
        this.bouncyCastleJca.init(mode, secret);
        this.engine = new DESedeEngine();
        this.engine.init(this.encrypt, new KeyParameter(this.key));
        // EDE encrypts with k1, decrypts with k2, encrypts with k3; decryption runs the reverse.
        this.singleDes = this.encrypt
                ? new DESEngine[] {des(true, 0), des(false, 8), des(true, 16)}
                : new DESEngine[] {des(false, 16), des(true, 8), des(false, 0)};
        requireAgreement(Cipher.getInstance("DESede/ECB/NoPadding"), mode, secret);
    }

    /** Each implementation must turn the buffer into what one JCA call makes of it, or there is nothing to compare. */
    private void requireAgreement(Cipher reference, int mode, SecretKeySpec secret) throws GeneralSecurityException {
        reference.init(mode, secret);
        byte[] original = this.buffer;
        byte[] expected = reference.doFinal(original);
        Map<String, Implementation> implementations = new LinkedHashMap<>();
        implementations.put("sunJce", this::sunJce);
        implementations.put("bouncyCastleJca", this::bouncyCastleJca);
        implementations.put("bouncyCastleEngine", this::bouncyCastleEngine);
        implementations.put("bouncyCastleEngineKeyedPerCall", this::bouncyCastleEngineKeyedPerCall);
        implementations.put("bouncyCastleSingleDesThrice", this::bouncyCastleSingleDesThrice);
        for (Map.Entry<String, Implementation> implementation : implementations.entrySet()) {
            this.buffer = original.clone();
            if (!Arrays.equals(implementation.getValue().run(), expected)) {
                throw new IllegalStateException(implementation.getKey() + " does not " + this.direction + " as JCA");
            }
        }
        this.buffer = original;
    }

    private interface Implementation {
        byte[] run() throws GeneralSecurityException;
    }

    byte[] key() {
        return this.key.clone();
    }

    private DESEngine des(boolean forEncryption, int offset) {
        byte[] part = new byte[BLOCK];
        System.arraycopy(this.key, offset, part, 0, BLOCK);
        DESEngine des = new DESEngine();
        des.init(forEncryption, new KeyParameter(part));
        return des;
    }

    /** SunJCE {@code DESede/ECB/NoPadding}, initialised once, through the scratch buffer (the library until now). */
    @Benchmark
    public byte[] sunJce() throws GeneralSecurityException {
        return throughScratch(this.sunJce);
    }

    /** Bouncy Castle's JCA provider, the same way. */
    @Benchmark
    public byte[] bouncyCastleJca() throws GeneralSecurityException {
        return throughScratch(this.bouncyCastleJca);
    }

    /** Bouncy Castle's lightweight {@code DESedeEngine}, keyed once, block by block in place. */
    @Benchmark
    public byte[] bouncyCastleEngine() {
        return blocks(this.engine);
    }

    /** The same engine made and keyed on every call: the key schedule's cost, against pooling engines. */
    @Benchmark
    public byte[] bouncyCastleEngineKeyedPerCall() {
        DESedeEngine fresh = new DESedeEngine();
        fresh.init(this.encrypt, new KeyParameter(this.key));
        return blocks(fresh);
    }

    /** Three single-DES engines in a row, which avoids the 8-byte array {@code DESedeEngine} makes per block. */
    @Benchmark
    public byte[] bouncyCastleSingleDesThrice() {
        byte[] data = this.buffer;
        DESEngine first = this.singleDes[0];
        DESEngine second = this.singleDes[1];
        DESEngine third = this.singleDes[2];
        for (int at = 0; at < data.length; at += BLOCK) {
            first.processBlock(data, at, data, at);
            second.processBlock(data, at, data, at);
            third.processBlock(data, at, data, at);
        }
        return data;
    }

    private byte[] blocks(DESedeEngine des) {
        byte[] data = this.buffer;
        for (int at = 0; at < data.length; at += BLOCK) {
            des.processBlock(data, at, data, at);
        }
        return data;
    }

    private byte[] throughScratch(Cipher cipher) throws GeneralSecurityException {
        byte[] data = this.buffer;
        for (int at = 0; at < data.length; at += SCRATCH) {
            int chunk = Math.min(SCRATCH, data.length - at);
            int written = cipher.update(data, at, chunk, this.scratch, 0);
            System.arraycopy(this.scratch, 0, data, at, written);
        }
        return data;
    }
}
