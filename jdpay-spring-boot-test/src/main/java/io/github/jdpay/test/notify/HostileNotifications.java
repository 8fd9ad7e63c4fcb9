package io.github.jdpay.test.notify;

import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A named corpus of notifications a merchant's notification endpoint must refuse (no acknowledgement, handler not
 * called): tampered signatures and keys, broken encodings, XML attacks, failure results, wrong sizes and formats.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("io.github.jdpay.test.notify.HostileNotifications#corpus")
 * void refused(NotificationSample sample) { ... POST sample.body() ... assert non-2xx, handler not called }
 * }</pre>
 */
public final class HostileNotifications {

    /** Size of the {@code oversized-body} sample: 4 MiB, above any sane notification limit. */
    public static final int OVERSIZED_BYTES = 4 * 1024 * 1024;

    private HostileNotifications() {}

    /** The corpus for a payment of {@link TestMerchant}, signed with the simulator's JD key. */
    public static List<NotificationSample> corpus() {
        return corpus(
                JdPayNotifications.testMerchant(),
                NotificationContent.payment("HOSTILE1", 100, NotificationContent.now()));
    }

    /**
     * The corpus for one notification. Each sample differs from {@code notifications.sign(content)}, which is valid, in
     * exactly the way its name says.
     */
    public static List<NotificationSample> corpus(JdPayNotifications notifications, NotificationContent content) {
        SignedNotification valid = notifications.sign(content);
        String encrypt = notifications.encrypt(valid.innerDocument());
        List<NotificationSample> samples = new ArrayList<>();
        samples.add(NotificationSample.xml(
                "flipped-sign-byte",
                "one bit of JD's signature flipped",
                notifications.withFlippedSignature().sign(content).body()));
        samples.add(NotificationSample.xml(
                "wrong-des-key",
                "encrypted with another DES key",
                notifications
                        .withCipher(new JdTripleDesCipher(filled(24, 0x5A)))
                        .sign(content)
                        .body()));
        samples.add(NotificationSample.xml(
                "wrong-jd-key",
                "signed with the merchant's own key instead of JD's",
                notifications
                        .withSigner(new RsaJdPaySigner(TestMerchant.privateKey()))
                        .sign(content)
                        .body()));
        samples.add(NotificationSample.xml(
                "missing-sign",
                "the inner document carries no <sign>",
                notifications.envelope(
                        content.result(),
                        notifications.encrypt(valid.innerDocument().replaceAll("<sign>[^<]*</sign>", "")))));
        samples.add(NotificationSample.xml(
                "truncated-encrypt",
                "the <encrypt> text cut in half",
                notifications.envelope(content.result(), encrypt.substring(0, (encrypt.length() / 8) * 4))));
        samples.add(NotificationSample.xml(
                "bad-base64", "<encrypt> is not Base64", notifications.envelope(content.result(), "%%%not*base64%%%")));
        samples.add(NotificationSample.xml(
                "bad-hex",
                "<encrypt> is Base64 of text that is not hex",
                notifications.envelope(
                        content.result(),
                        Base64.getEncoder().encodeToString("zz".repeat(64).getBytes(StandardCharsets.US_ASCII)))));
        samples.add(NotificationSample.xml(
                "missing-encrypt",
                "a success result with nothing encrypted",
                valid.body().replaceAll("<encrypt>[^<]*</encrypt>", "")));
        samples.add(NotificationSample.xml(
                "result-code-failure",
                "a correctly signed failure result, not a payment",
                notifications
                        .sign(content.withResult(new JdPayResult("TRDE900001", "交易不存在")))
                        .body()));
        samples.add(NotificationSample.xml(
                "unknown-merchant",
                "correctly made for a merchant nobody configured",
                notifications.withMerchant("999999999999").sign(content).body()));
        samples.add(NotificationSample.xml(
                "dtd-external-entity",
                "a DTD with an external entity (XXE)",
                "<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<jdpay><version>V2.0</version><merchant>&xxe;</merchant><result><code>000000</code>"
                        + "<desc>success</desc></result><encrypt>" + encrypt + "</encrypt></jdpay>"));
        samples.add(NotificationSample.xml("billion-laughs", "nested entity expansion", billionLaughs()));
        samples.add(NotificationSample.xml(
                "truncated-xml",
                "the envelope cut in half",
                valid.body().substring(0, valid.body().length() / 2)));
        samples.add(oversized(valid.body()));
        samples.add(new NotificationSample(
                "json-body",
                "the envelope's fields as JSON",
                ("{\"version\":\"V2.0\",\"merchant\":\"" + notifications.merchant() + "\",\"encrypt\":\"" + encrypt
                                + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "application/json"));
        samples.add(new NotificationSample("empty-body", "nothing at all", new byte[0], "application/xml"));
        byte[] noise = new byte[2048];
        new Random(20250101L).nextBytes(noise);
        samples.add(new NotificationSample("binary-garbage", "random bytes", noise, "application/octet-stream"));
        return List.copyOf(samples);
    }

    /** One sample of {@link #corpus()} by name. */
    public static NotificationSample named(String name) {
        return corpus().stream()
                .filter(sample -> sample.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile notification named " + name));
    }

    private static NotificationSample oversized(String validBody) {
        // A valid notification padded with whitespace between elements: only its size is wrong.
        int padding = Math.max(0, OVERSIZED_BYTES - validBody.length());
        String body = validBody.replace("</jdpay>", " ".repeat(padding) + "</jdpay>");
        return NotificationSample.xml("oversized-body", "a valid notification padded to 4 MiB", body);
    }

    private static String billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return xml.append("]><jdpay><version>V2.0</version><merchant>&lol9;</merchant></jdpay>")
                .toString();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
