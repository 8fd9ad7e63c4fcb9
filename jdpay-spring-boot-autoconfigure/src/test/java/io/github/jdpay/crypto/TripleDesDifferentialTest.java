package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Both 3DES framings against SunJCE's {@code DESede}, which the ciphers used until they moved to Bouncy Castle's
 * engine: random keys and messages of 0 to 4,096 bytes, each direction, so that no byte of either framing changed.
 */
class TripleDesDifferentialTest {

    private static final int CASES = 2_500;

    private static final int MAX_LENGTH = 4_096;

    @Test
    void jdFramingAgreesWithSunJceBothWays() throws Exception {
        SplittableRandom random = new SplittableRandom(20261203L);
        for (int i = 0; i < CASES; i++) {
            byte[] key = bytes(random, 24);
            byte[] plaintext = bytes(random, random.nextInt(MAX_LENGTH + 1));
            String what = "case " + i + ", " + plaintext.length + " bytes";
            JdTripleDesCipher cipher = new JdTripleDesCipher(key);

            byte[] expected = sunJce("DESede/ECB/NoPadding", Cipher.ENCRYPT_MODE, key, framed(plaintext));

            assertThat(cipher.encrypt(plaintext)).as(what).isEqualTo(expected);
            assertThat(cipher.decrypt(expected)).as(what).isEqualTo(plaintext);
            // The range methods, in place at an offset, as the codec calls them.
            int at = random.nextInt(16);
            byte[] buffer = new byte[at + 4 + plaintext.length + 7 + random.nextInt(16)];
            System.arraycopy(plaintext, 0, buffer, at + 4, plaintext.length);
            int written = cipher.encrypt(buffer, at + 4, plaintext.length, buffer, at);
            assertThat(Arrays.copyOfRange(buffer, at, at + written)).as(what).isEqualTo(expected);
            assertThat(cipher.decrypt(buffer, at, written, buffer, at)).as(what).isEqualTo(plaintext.length);
            assertThat(Arrays.copyOfRange(buffer, at, at + plaintext.length))
                    .as(what)
                    .isEqualTo(plaintext);
        }
    }

    @Test
    void rawBlocksDecryptAsSunJceDecryptsThem() throws Exception {
        SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < CASES; i++) {
            byte[] key = bytes(random, 24);
            byte[] blocks = bytes(random, 8 * (1 + random.nextInt(MAX_LENGTH / 8)));
            String what = "case " + i + ", " + blocks.length + " bytes";
            byte[] expected = sunJce("DESede/ECB/NoPadding", Cipher.DECRYPT_MODE, key, blocks);
            // A length prefix that fits the block, so that the JD framing returns the rest of the decryption.
            int declared = Math.floorMod(ByteBuffer.wrap(expected).getInt(), blocks.length - 3);
            expected[0] = (byte) (declared >>> 24);
            expected[1] = (byte) (declared >>> 16);
            expected[2] = (byte) (declared >>> 8);
            expected[3] = (byte) declared;
            byte[] ciphertext = sunJce("DESede/ECB/NoPadding", Cipher.ENCRYPT_MODE, key, expected);

            assertThat(new JdTripleDesCipher(key).decrypt(ciphertext))
                    .as(what)
                    .isEqualTo(Arrays.copyOfRange(expected, 4, 4 + declared));
            assertThat(new AggregateTripleDesCipher(key).decrypt(ciphertext))
                    .as(what)
                    .isEqualTo(AggregateTripleDesCipher.unpad(expected));
        }
    }

    @Test
    void aggregateFramingAgreesWithSunJceBothWays() throws Exception {
        SplittableRandom random = new SplittableRandom(18L);
        for (int i = 0; i < CASES; i++) {
            byte[] key = bytes(random, 24);
            byte[] plaintext = bytes(random, random.nextInt(MAX_LENGTH + 1));
            String what = "case " + i + ", " + plaintext.length + " bytes";
            AggregateTripleDesCipher cipher = new AggregateTripleDesCipher(key);

            byte[] expected = sunJce("DESede/ECB/PKCS5Padding", Cipher.ENCRYPT_MODE, key, plaintext);

            assertThat(cipher.encrypt(plaintext)).as(what).isEqualTo(expected);
            assertThat(sunJce("DESede/ECB/PKCS5Padding", Cipher.DECRYPT_MODE, key, cipher.encrypt(plaintext)))
                    .as(what)
                    .isEqualTo(plaintext);
            // What the old decryption made of it: SunJCE without padding, then the tolerant unpad.
            assertThat(cipher.decrypt(expected))
                    .as(what)
                    .isEqualTo(AggregateTripleDesCipher.unpad(
                            sunJce("DESede/ECB/NoPadding", Cipher.DECRYPT_MODE, key, expected)));
        }
    }

    private static byte[] framed(byte[] plaintext) {
        int length = 4 + plaintext.length;
        byte[] block = new byte[length + (8 - length % 8) % 8];
        ByteBuffer.wrap(block).putInt(plaintext.length).put(plaintext);
        return block;
    }

    private static byte[] sunJce(String transformation, int mode, byte[] key, byte[] input) throws Exception {
        Cipher cipher = Cipher.getInstance(transformation, "SunJCE");
        cipher.init(mode, new SecretKeySpec(key, "DESede"));
        return cipher.doFinal(input);
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
