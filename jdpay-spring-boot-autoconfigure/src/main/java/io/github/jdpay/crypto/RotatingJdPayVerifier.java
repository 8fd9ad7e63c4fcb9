package io.github.jdpay.crypto;

import io.github.jdpay.crypto.internal.RangeVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Verifies with several of JD's public keys, newest first, so that JD's key can be rotated without refusing a
 * notification: a signature is valid if one of the keys still trusted on the clock (not past its
 * {@linkplain JdPublicKeyVersion#notAfter() not-after}) verifies it.
 *
 * <p>The keys are tried in order and the first match answers, so a message signed with the newest key costs one
 * verification and a bad signature costs one per trusted key; a key past its not-after is never tried. Thread-safe.
 */
public final class RotatingJdPayVerifier implements JdPayVerifier, RangeVerifier {

    private final JdPublicKeyVersion[] keys;

    private final Clock clock;

    /** Whether any key has a not-after: without one the clock is never read. */
    private final boolean expiring;

    private RotatingJdPayVerifier(JdPublicKeyVersion[] keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        boolean expiring = false;
        for (JdPublicKeyVersion key : keys) {
            expiring |= key.notAfter() != null;
        }
        this.expiring = expiring;
    }

    /**
     * A verifier over {@code keys}, newest first, whose not-afters are checked against {@code clock}.
     *
     * @throws IllegalArgumentException if there is no key
     * @throws NullPointerException if the list, one of its keys or the clock is {@code null}
     */
    public static RotatingJdPayVerifier of(List<JdPublicKeyVersion> keys, Clock clock) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(clock, "clock");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a rotating JD verifier needs at least one JD public key");
        }
        JdPublicKeyVersion[] copy = new JdPublicKeyVersion[keys.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Objects.requireNonNull(keys.get(i), "JD public key " + i + " of " + copy.length + " is null");
        }
        return new RotatingJdPayVerifier(copy, clock);
    }

    /** The keys, newest first. */
    public List<JdPublicKeyVersion> keys() {
        return List.of(this.keys);
    }

    @Override
    public boolean verify(byte[] content, String signature) {
        return verify(content, 0, content.length, content.length, content.length, signature);
    }

    @Override
    public boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
        // Bad arguments are the caller's bug even when no key is trusted any more.
        Objects.checkFromToIndex(from, to, content.length);
        Objects.checkFromToIndex(cutFrom, cutTo, to);
        if (cutFrom < from) {
            throw new IndexOutOfBoundsException("cut starts at " + cutFrom + ", before " + from);
        }
        @Nullable Instant now = this.expiring ? this.clock.instant() : null;
        byte @Nullable [] copy = null;
        for (JdPublicKeyVersion key : this.keys) {
            if (now != null && !key.trustedAt(now)) {
                continue;
            }
            boolean valid;
            if (key.verifier() instanceof RangeVerifier ranged) {
                valid = ranged.verify(content, from, to, cutFrom, cutTo, signature);
            } else {
                copy = (copy != null) ? copy : signed(content, from, to, cutFrom, cutTo);
                valid = key.verifier().verify(copy, signature);
            }
            if (valid) {
                return true;
            }
        }
        return false;
    }

    /** Every key's description (where it was configured and its fingerprint, never the key) and not-after. */
    @Override
    public String describe() {
        return "JD public keys, newest first: "
                + List.of(this.keys).stream().map(JdPublicKeyVersion::describe).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return "RotatingJdPayVerifier[" + describe() + "]";
    }

    /** The signed bytes for a verifier that takes whole arrays only, such as an application's own. */
    private static byte[] signed(byte[] content, int from, int to, int cutFrom, int cutTo) {
        byte[] signed = new byte[(to - from) - (cutTo - cutFrom)];
        System.arraycopy(content, from, signed, 0, cutFrom - from);
        System.arraycopy(content, cutTo, signed, cutFrom - from, to - cutTo);
        return signed;
    }
}
