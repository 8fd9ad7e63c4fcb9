package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.Base64OfHex;
import io.github.jdpay.crypto.Hex;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The byte-range variants the codec uses (in place, around a cut, straight into a buffer) answer exactly what the
 * whole-array methods answer, through the built-in implementations' fast paths and through the copies any other
 * implementation of the SPIs gets alike.
 */
class ByteRangeProperties {

    private static final JdPayCipher CIPHER = TestKeys.cipher(TestKeys.DES_KEY);

    private static final JdPaySigner SIGNER = new RsaJdPaySigner(TestKeys.merchantPrivateKey());

    private static final JdPayCipher PLAIN_CIPHER = TestKeys.abstractMethodsOnly(CIPHER);

    private static final JdPaySigner PLAIN_SIGNER = SIGNER::sign;

    private static final JdPayVerifier VERIFIER = new RsaJdPayVerifier(TestKeys.merchantPublicKey());

    private static final JdPayVerifier PLAIN_VERIFIER = VERIFIER::verify;

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(5000));
    }

    @Property(tries = 300)
    void encryptingInPlaceEqualsEncryptingACopy(
            @ForAll("payloads") byte[] plaintext, @ForAll @IntRange(max = 9) int offset) {
        byte[] expected = CIPHER.encrypt(plaintext);
        for (JdPayCipher cipher : new JdPayCipher[] {CIPHER, PLAIN_CIPHER}) {
            byte[] buffer = new byte[offset + plaintext.length + 11 + 3];
            Arrays.fill(buffer, (byte) 0x5A); // leftovers where the padding goes must not leak into it
            System.arraycopy(plaintext, 0, buffer, offset + 4, plaintext.length);

            int length = CryptoRanges.encrypt(cipher, buffer, offset + 4, plaintext.length, buffer, offset);

            assertThat(Arrays.copyOfRange(buffer, offset, offset + length)).isEqualTo(expected);
        }
    }

    /** A cipher's byte-range method, encrypt or decrypt. */
    private interface RangeMethod {
        int apply(byte[] input, int offset, int length, byte[] output, int outputOffset);
    }

    @Property(tries = 300)
    void workingIntoAnotherArrayOrAnotherPlaceEqualsWorkingOnACopy(
            @ForAll("payloads") byte[] plaintext, @ForAll @IntRange(max = 9) int shift, @ForAll boolean decrypting) {
        byte[] input = decrypting ? CIPHER.encrypt(plaintext) : plaintext;
        byte[] expected = decrypting ? plaintext : CIPHER.encrypt(plaintext);
        RangeMethod method = decrypting
                ? (in, offset, length, out, at) -> CryptoRanges.decrypt(CIPHER, in, offset, length, out, at)
                : (in, offset, length, out, at) -> CryptoRanges.encrypt(CIPHER, in, offset, length, out, at);
        byte[] output = new byte[shift + input.length + 11];
        byte[] shared = new byte[shift + input.length + 11];
        System.arraycopy(input, 0, shared, shift, input.length);

        int separate = method.apply(input, 0, input.length, output, shift);
        int overlapping = method.apply(shared, shift, input.length, shared, 0);

        assertThat(Arrays.copyOfRange(output, shift, shift + separate)).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(shared, 0, overlapping)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void decryptingInPlaceEqualsDecryptingACopy(
            @ForAll("payloads") byte[] plaintext, @ForAll @IntRange(max = 9) int offset) {
        byte[] ciphertext = CIPHER.encrypt(plaintext);
        for (JdPayCipher cipher : new JdPayCipher[] {CIPHER, PLAIN_CIPHER}) {
            byte[] buffer = new byte[offset + ciphertext.length + 3];
            System.arraycopy(ciphertext, 0, buffer, offset, ciphertext.length);

            int length = CryptoRanges.decrypt(cipher, buffer, offset, ciphertext.length, buffer, offset);

            assertThat(Arrays.copyOfRange(buffer, offset, offset + length)).isEqualTo(plaintext);
            assertThat(cipher.decrypt(ciphertext)).isEqualTo(plaintext);
        }
    }

    @Property(tries = 100)
    void aCorruptBlockIsRefusedAlikeInPlace(@ForAll @Size(min = 1, max = 64) byte[] block) {
        byte[] ciphertext = Arrays.copyOf(block, (block.length + 7) / 8 * 8);
        String expected = refusal(() -> CIPHER.decrypt(ciphertext));

        for (JdPayCipher cipher : new JdPayCipher[] {CIPHER, PLAIN_CIPHER}) {
            byte[] buffer = ciphertext.clone();
            assertThat(refusal(() -> CryptoRanges.decrypt(cipher, buffer, 0, buffer.length, buffer, 0)))
                    .isEqualTo(expected);
        }
        assertThat(refusal(() -> CryptoRanges.decrypt(CIPHER, block, 0, block.length - 1, block.clone(), 0)))
                .isEqualTo(refusal(() -> CIPHER.decrypt(Arrays.copyOf(block, block.length - 1))));
    }

    /** The message of the malformed-message exception, or "accepted". */
    private static String refusal(Runnable decryption) {
        try {
            decryption.run();
            return "accepted";
        } catch (io.github.jdpay.exception.JdPayMalformedMessageException ex) {
            return ex.getMessage();
        }
    }

    @Property(tries = 30)
    void signingARangeEqualsSigningACopy(
            @ForAll @Size(max = 300) byte[] content,
            @ForAll @IntRange(max = 300) int from,
            @ForAll @IntRange(max = 300) int to) {
        int start = Math.min(from, content.length);
        int end = Math.max(start, Math.min(to, content.length));
        String expected = SIGNER.sign(Arrays.copyOfRange(content, start, end));

        assertThat(CryptoRanges.sign(SIGNER, content, start, end)).isEqualTo(expected);
        assertThat(CryptoRanges.sign(PLAIN_SIGNER, content, start, end)).isEqualTo(expected);
    }

    @Property(tries = 100)
    void verifyingAroundACutEqualsVerifyingTheBytesWithoutIt(
            @ForAll @Size(max = 200) byte[] content,
            @ForAll @Size(4) List<@IntRange(max = 200) Integer> positions,
            @ForAll boolean tamper) {
        // Four positions in order: from <= cutFrom <= cutTo <= to.
        int[] at = positions.stream()
                .mapToInt(p -> Math.min(p, content.length))
                .sorted()
                .toArray();
        int from = at[0];
        int cutFrom = at[1];
        int cutTo = at[2];
        int to = at[3];
        byte[] signed = new byte[(to - from) - (cutTo - cutFrom)];
        System.arraycopy(content, from, signed, 0, cutFrom - from);
        System.arraycopy(content, cutTo, signed, cutFrom - from, to - cutTo);
        String signature = SIGNER.sign(tamper ? Arrays.copyOf(signed, signed.length + 1) : signed);

        assertThat(CryptoRanges.verify(VERIFIER, content, from, to, cutFrom, cutTo, signature))
                .isEqualTo(!tamper);
        assertThat(CryptoRanges.verify(PLAIN_VERIFIER, content, from, to, cutFrom, cutTo, signature))
                .isEqualTo(!tamper);
    }

    @Property(tries = 1000)
    void base64OfHexInOnePassEqualsEncodingTwice(
            @ForAll @Size(max = 100) byte[] bytes,
            @ForAll @IntRange(max = 5) int skip,
            @ForAll @IntRange(max = 5) int at) {
        int from = Math.min(skip, bytes.length);
        byte[] expected = Base64.getEncoder().encode(Hex.encodeToAscii(Arrays.copyOfRange(bytes, from, bytes.length)));
        byte[] out = new byte[at + Base64OfHex.length(bytes.length - from)];

        int end = Base64OfHex.encode(bytes, from, bytes.length, out, at);

        assertThat(end).isEqualTo(out.length);
        assertThat(Arrays.copyOfRange(out, at, end)).isEqualTo(expected);
    }
}
