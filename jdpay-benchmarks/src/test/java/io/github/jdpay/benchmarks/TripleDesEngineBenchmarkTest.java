package io.github.jdpay.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.KeyLoader;
import java.util.Random;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every 3DES implementation the engine benchmark compares, and the codec benchmarks' 3DES primitive, turn the buffer
 * into what one JCA call makes of it.
 */
class TripleDesEngineBenchmarkTest {

    @ParameterizedTest
    @CsvSource({"848, decrypt", "848, encrypt", "65536, decrypt", "65536, encrypt"})
    void everyImplementationTransformsTheBufferAlike(int bytes, String direction) throws Exception {
        TripleDesEngineBenchmark reference = benchmark(bytes, direction);
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(
                "encrypt".equals(direction) ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE,
                new SecretKeySpec(reference.key(), "DESede"));
        byte[] expected = cipher.doFinal(reference.buffer);

        assertThat(expected).isNotEqualTo(reference.buffer).hasSize(bytes);
        assertThat(run(bytes, direction, b -> unchecked(b::sunJce))).isEqualTo(expected);
        assertThat(run(bytes, direction, b -> unchecked(b::bouncyCastleJca))).isEqualTo(expected);
        assertThat(run(bytes, direction, TripleDesEngineBenchmark::bouncyCastleEngine))
                .isEqualTo(expected);
        assertThat(run(bytes, direction, TripleDesEngineBenchmark::bouncyCastleEngineKeyedPerCall))
                .isEqualTo(expected);
        assertThat(run(bytes, direction, TripleDesEngineBenchmark::bouncyCastleSingleDesThrice))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"encrypt, 0", "decrypt, 848", "encrypt, 65536"})
    void theCodecFloorsThreeDesIsTheJcaTransformation(String direction, int bytes) throws Exception {
        byte[] blocks = new byte[bytes];
        new Random(bytes).nextBytes(blocks);
        int mode = "encrypt".equals(direction) ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(KeyLoader.desKey("DES key", Messages.DES_KEY), "DESede"));
        Primitives primitives =
                new Primitives(Cipher.DECRYPT_MODE, KeyPairs.ofBits(1024).publicKey(), mode);

        assertThat(primitives.tripleDes(blocks)).isEqualTo(cipher.doFinal(blocks));
    }

    private static byte[] run(int bytes, String direction, Function<TripleDesEngineBenchmark, byte[]> method)
            throws Exception {
        return method.apply(benchmark(bytes, direction)).clone();
    }

    private static TripleDesEngineBenchmark benchmark(int bytes, String direction) throws Exception {
        TripleDesEngineBenchmark benchmark = new TripleDesEngineBenchmark();
        benchmark.bytes = bytes;
        benchmark.direction = direction;
        benchmark.setUp();
        return benchmark;
    }

    private interface Call {
        byte[] call() throws Exception;
    }

    private static byte[] unchecked(Call call) {
        try {
            return call.call();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
