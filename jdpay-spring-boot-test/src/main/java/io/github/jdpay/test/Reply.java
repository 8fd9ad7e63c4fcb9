package io.github.jdpay.test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP answer of the simulator.
 *
 * @param location the {@code Location} header of a redirect
 */
record Reply(int status, String contentType, byte[] body, @Nullable String location) {

    static Reply xml(String body) {
        return new Reply(200, "application/xml;charset=UTF-8", utf8(body), null);
    }

    static Reply json(String body) {
        return new Reply(200, "application/json;charset=UTF-8", utf8(body), null);
    }

    static Reply html(int status, String body) {
        return new Reply(status, "text/html;charset=UTF-8", utf8(body), null);
    }

    static Reply text(int status, String body) {
        return new Reply(status, "text/plain;charset=UTF-8", utf8(body), null);
    }

    static Reply redirect(String location) {
        return new Reply(302, "text/plain;charset=UTF-8", new byte[0], location);
    }

    static Reply methodNotAllowed(String allowed) {
        return new Reply(405, "text/plain;charset=UTF-8", utf8("method not allowed, use " + allowed), null);
    }

    /** The first half of the body: what a connection cut mid-answer delivers. */
    Reply truncated() {
        return new Reply(this.status, this.contentType, Arrays.copyOf(this.body, this.body.length / 2), this.location);
    }

    Map<String, String> headers() {
        return (this.location != null)
                ? Map.of("Content-Type", this.contentType, "Location", this.location)
                : Map.of("Content-Type", this.contentType);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
