package io.github.jdpay.test.notify;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A notification ready to POST: the encrypted envelope JD sends, with what went into it.
 *
 * @param merchant merchant number in the envelope
 * @param content what the notification says
 * @param innerDocument the signed inner XML before encryption (test data, never logged by the simulator)
 * @param body the {@code <jdpay>} envelope to POST as {@code application/xml}
 */
public record SignedNotification(String merchant, NotificationContent content, String innerDocument, String body) {

    public SignedNotification {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(innerDocument, "innerDocument");
        Objects.requireNonNull(body, "body");
    }

    /** The body as the UTF-8 bytes that go on the wire. */
    public byte[] bytes() {
        return this.body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SignedNotification[merchant=" + this.merchant + ", tradeType=" + this.content.tradeType()
                + ", tradeNum=" + this.content.tradeNum() + "]";
    }
}
