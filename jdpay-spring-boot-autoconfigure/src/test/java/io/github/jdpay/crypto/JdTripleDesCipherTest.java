package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jdpay-v2.md §3 and Appendix B.1: JD's 3DES framing. */
class JdTripleDesCipherTest {

    @ParameterizedTest
    @CsvSource({
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, 1, e5a6c3761ab9ddaf",
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, CNY, ac7132c57f10d3ce",
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, 0, e00c693e6c5b8a60",
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, V2.0, 663b26c8a8670fb7",
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, 20170718101010, d9668085c69c2ecb73421627b78590400135be4ad908a2a7",
        "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t, 测试商品, 25fc4ff3e72f364fc1d80691e88fd7df",
        "2BJuklQ0LoURFkIh1nlJvyMsO+leGIDe, abcdefg, 6294fde48a0054efc6f9f19b3c31b8dd",
        "OGjpKea/kuocLALfwsGKih/09M7CNHn9, 1460275737209, f039b7102730a11c7eadfeefb15410fa6f30bcb4bcfed2f8",
    })
    void microVectorsEncryptAndDecryptExactly(String desKey, String plaintext, String hex) {
        JdPayCipher cipher = TestKeys.cipher(desKey);

        assertThat(cipher.encryptToHex(plaintext)).isEqualTo(hex);
        assertThat(cipher.decryptHex(hex)).isEqualTo(plaintext);
        assertThat(cipher.decryptHex(hex.toUpperCase(Locale.ROOT))).isEqualTo(plaintext);
    }

    @Test
    void framingIsBigEndianLengthThenDataThenZeros() throws Exception {
        byte[] key = KeyLoader.desKey("desKey", "2BJuklQ0LoURFkIh1nlJvyMsO+leGIDe");
        Cipher raw = Cipher.getInstance("DESede/ECB/NoPadding");
        raw.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "DESede"));

        byte[] block = raw.doFinal(new JdTripleDesCipher(key).encrypt("abcdefg".getBytes(StandardCharsets.US_ASCII)));
        byte[] one = raw.doFinal(new JdTripleDesCipher(key).encrypt("1".getBytes(StandardCharsets.US_ASCII)));

        assertThat(block).containsExactly(0, 0, 0, 7, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 0, 0, 0, 0, 0);
        assertThat(one).containsExactly(0, 0, 0, 1, '1', 0, 0, 0);
    }

    @Test
    void everyByteValueSurvivesUnlikeJdsOwnDecrypt() {
        JdPayCipher cipher = TestKeys.cipher(TestKeys.DES_KEY);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }

        assertThat(cipher.decrypt(cipher.encrypt(all))).isEqualTo(all);
        assertThat(cipher.decryptHex(cipher.encryptToHex("a\nb\tc\r"))).isEqualTo("a\nb\tc\r");
    }

    @Test
    void payloadsBeyondJdsSixteenKilobyteCapWork() {
        JdPayCipher cipher = TestKeys.cipher(TestKeys.DES_KEY);
        byte[] large = new byte[100_003];
        new java.util.Random(7).nextBytes(large);

        assertThat(cipher.decrypt(cipher.encrypt(large))).isEqualTo(large);
    }

    @Test
    void emptyPlaintextIsOneBlock() {
        JdPayCipher cipher = TestKeys.cipher(TestKeys.DES_KEY);

        assertThat(cipher.encrypt(new byte[0])).hasSize(8);
        assertThat(cipher.decryptHex(cipher.encryptToHex(""))).isEmpty();
    }

    @Test
    void declaredLengthLargerThanBlockIsRejected() {
        // "1" under one key, opened with another: the prefix decrypts to garbage.
        JdPayCipher other = TestKeys.cipher("2BJuklQ0LoURFkIh1nlJvyMsO+leGIDe");

        assertThatThrownBy(() -> other.decryptHex("e5a6c3761ab9ddaf"))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("length prefix");
    }

    @Test
    void truncatedOddOrNonHexCiphertextIsRejected() {
        JdPayCipher cipher = TestKeys.cipher(TestKeys.DES_KEY);

        assertThatThrownBy(() -> cipher.decryptHex("e5a6c3761ab9dd"))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("multiple of 8");
        assertThatThrownBy(() -> cipher.decryptHex("e5a6c3761ab9dda"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> cipher.decryptHex("zz")).isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> cipher.decryptHex("")).isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void keyOfWrongSizeIsRejected() {
        assertThatThrownBy(() -> new JdTripleDesCipher(new byte[16]))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("24 bytes");
    }
}
