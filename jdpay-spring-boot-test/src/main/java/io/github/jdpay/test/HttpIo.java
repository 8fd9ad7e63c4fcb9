package io.github.jdpay.test;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading requests and writing answers on the JDK's HTTP server, bounded against hostile clients. */
final class HttpIo {

    /** How much of an oversized body is read and dropped so the client still gets an answer. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private HttpIo() {}

    /**
     * Reads the body, at most {@code max} bytes.
     *
     * @return the body, or {@code null} if it is larger (what follows is drained, up to a limit)
     */
    static byte @Nullable [] readBody(HttpExchange exchange, int max) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes(max + 1);
        if (body.length <= max) {
            return body;
        }
        byte[] sink = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < DRAIN_LIMIT && (read = in.read(sink)) >= 0) {
            drained += read;
        }
        return null;
    }

    static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), (body.length == 0) ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Parses {@code application/x-www-form-urlencoded} text (a body or a query string) as UTF-8. */
    static Map<String, String> parseForm(@Nullable String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq >= 0) ? pair.substring(0, eq) : pair;
            String value = (eq >= 0) ? pair.substring(eq + 1) : "";
            fields.putIfAbsent(decode(name), decode(value));
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            // A broken %-escape: keep the raw text, the signature check will refuse the form.
            return text;
        }
    }

    static boolean isPost(HttpExchange exchange) {
        return "POST".equalsIgnoreCase(exchange.getRequestMethod());
    }

    static boolean isGet(HttpExchange exchange) {
        return "GET".equalsIgnoreCase(exchange.getRequestMethod());
    }
}
