package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.exception.JdPayKeyException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code kek:<Base64>} locations: a key held in the table itself, encrypted under the application's key
 * encryption key with AES-GCM. The Base64 is of the 12-byte nonce followed by the ciphertext and its 16-byte tag; the
 * plaintext is the key's text in UTF-8 (PEM or Base64, as in a key file). {@link #encrypt} makes such a location.
 */
public final class KekJdPayKeyResolver implements JdPayKeyResolver {

    /** The scheme of the locations this resolver handles. */
    public static final String SCHEME = "kek:";

    /** Names a location in messages without showing its ciphertext. */
    private static final String LOCATION = "kek: location";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdPayKeyEncryptionKey kek;

    public KekJdPayKeyResolver(JdPayKeyEncryptionKey kek) {
        this.kek = Objects.requireNonNull(kek, "kek");
    }

    @Override
    public @Nullable String resolve(String location) {
        if (!location.startsWith(SCHEME)) {
            return null;
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder()
                    .decode(location.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException ex) {
            throw new JdPayKeyException(LOCATION, "is not Base64");
        }
        if (sealed.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new JdPayKeyException(LOCATION, "is too short for a nonce, a ciphertext and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    this.kek.secretKey(),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            try {
                return new String(plain, StandardCharsets.UTF_8);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException ex) {
            throw new JdPayKeyException(
                    LOCATION, "does not decrypt under the key encryption key (another key, or damaged ciphertext)");
        } catch (GeneralSecurityException ex) {
            throw new JdPayKeyException(
                    LOCATION, "cannot be decrypted: " + ex.getClass().getSimpleName(), ex);
        }
    }

    /** The {@code kek:} location that holds {@code keyText} encrypted under {@code kek}, with a fresh random nonce. */
    public static String encrypt(SecretKey kek, String keyText) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(keyText.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
            out.put(nonce).put(sealed);
            return SCHEME + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException ex) {
            throw new JdPayKeyException(SCHEME, "cannot encrypt under this key encryption key", ex);
        }
    }
}
