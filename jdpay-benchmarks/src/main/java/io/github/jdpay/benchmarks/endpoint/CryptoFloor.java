package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Primitives;
import io.github.jdpay.crypto.Hex;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * The cryptography a notification cannot go without, as bare calls: the RSA public-key operation on JD's signature,
 * 3DES over the ciphertext and SHA-256 over the signed document, on the bytes of one notification like those posted
 * (see {@link Primitives}). Thread-safe: each thread has its own instances.
 */
final class CryptoFloor {

    private final byte[] signature;

    private final byte[] blocks;

    private final byte[] unsigned;

    private final ThreadLocal<Primitives> primitives = ThreadLocal.withInitial(CryptoFloor::primitives);

    CryptoFloor() {
        JdPayNotifications notifications = JdPayNotifications.testMerchant();
        String inner =
                notifications.innerDocument(NotificationContent.payment("FLOOR-0", 100, NotificationContent.now()));
        this.blocks = Hex.decodeAscii(Base64.getDecoder().decode(notifications.encrypt(inner)));
        int start = inner.indexOf("<sign>");
        int end = inner.indexOf("</sign>") + "</sign>".length();
        this.signature =
                Base64.getDecoder().decode(inner.substring(start + "<sign>".length(), end - "</sign>".length()));
        this.unsigned = (inner.substring(0, start) + inner.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the three primitives once. */
    void run() throws GeneralSecurityException {
        Primitives mine = this.primitives.get();
        mine.rsa(this.signature);
        mine.tripleDes(this.blocks);
        mine.sha256(this.unsigned);
    }

    private static Primitives primitives() {
        try {
            return new Primitives(Cipher.DECRYPT_MODE, SimulatorJdKey.publicKey(), Cipher.DECRYPT_MODE);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("JCA primitives unavailable", ex);
        }
    }
}
