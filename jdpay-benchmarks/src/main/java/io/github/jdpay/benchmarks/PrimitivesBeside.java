package io.github.jdpay.benchmarks;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three primitives a codec call is compared with, as benchmarks each subclass inherits: its {@code @Setup}
 * fills in the primitives and the bytes they work on, the same bytes its codec call handles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class PrimitivesBeside {

    Primitives primitives;

    /** Input of the RSA operation: the 64 hex digits of the digest to sign, or the signature to recover them from. */
    byte[] rsaInput;

    /** Input of the 3DES operation: whole 8-byte blocks. */
    byte[] blocks;

    /** Input of SHA-256: the document as signed. */
    byte[] unsigned;

    /** The RSA private-key operation (encode) or public-key operation (decode). */
    @Benchmark
    public byte[] rsa() throws GeneralSecurityException {
        return this.primitives.rsa(this.rsaInput);
    }

    /** 3DES over as many blocks as the message fills. */
    @Benchmark
    public byte[] tripleDes() {
        return this.primitives.tripleDes(this.blocks);
    }

    /** SHA-256 over the document as signed. */
    @Benchmark
    public byte[] sha256() {
        return this.primitives.sha256(this.unsigned);
    }
}
