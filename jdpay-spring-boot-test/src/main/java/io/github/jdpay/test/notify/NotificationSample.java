package io.github.jdpay.test.notify;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One named body of the hostile notification corpus, to POST at a notification endpoint that must refuse it.
 *
 * @param name a stable kebab-case name, good as a parameterized test's display name
 * @param description what is wrong with it
 * @param body the exact bytes to POST
 * @param contentType the {@code Content-Type} to send it with
 */
public record NotificationSample(String name, String description, byte[] body, String contentType) {

    public NotificationSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
    }

    static NotificationSample xml(String name, String description, String body) {
        return new NotificationSample(
                name, description, body.getBytes(StandardCharsets.UTF_8), "application/xml;charset=UTF-8");
    }

    /** The body as UTF-8 text (lossy for the binary samples). */
    public String bodyText() {
        return new String(this.body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return this.name;
    }
}
