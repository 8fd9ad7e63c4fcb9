package io.github.jdpay.client;

import com.sun.net.httpserver.HttpServer;
import io.github.jdpay.crypto.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers each path with canned bytes and records what was posted: just enough HTTP to replay JD's own messages
 * (jdpay-v2.md Appendix B) to the template. Business behaviour and faults are the simulator's job.
 */
public final class ReplayServer implements AutoCloseable {

    private final HttpServer server;

    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    private final List<Posted> posted = new CopyOnWriteArrayList<>();

    public record Posted(String path, Map<String, List<String>> headers, String body) {}

    public ReplayServer() {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String path = exchange.getRequestURI().getPath();
                this.posted.add(new Posted(
                        path,
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                byte[] answer = this.answers.getOrDefault(path, new byte[0]);
                exchange.sendResponseHeaders(answer.length > 0 ? 200 : 404, answer.length > 0 ? answer.length : -1);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        this.server.start();
    }

    /** An answer as JD sends it: the clear-text envelope around one of its encrypted vectors (Appendix B). */
    public static String jdAnswer(String vector) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jdpay><version>V2.0</version><merchant>22294531</merchant>"
                + "<result><code>000000</code><desc>成功</desc></result><encrypt>"
                + TestKeys.resource("vectors/" + vector + ".encrypt.txt").trim() + "</encrypt></jdpay>";
    }

    /** Answers posts to {@code /service/<operation>} with {@code envelope}. */
    public ReplayServer answer(String operation, String envelope) {
        return answerPath("/service/" + operation, envelope);
    }

    /** Answers posts to {@code path}, such as {@code /apipayx/m/pay}, with {@code body}. */
    public ReplayServer answerPath(String path, String body) {
        this.answers.put(path, body.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public JdPayEndpoints endpoints() {
        String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
        return new JdPayEndpoints(
                URI.create(base + "/service"),
                URI.create(base + "/wepay/jdpay"),
                URI.create(base + "/h5pay/jdpay"),
                URI.create(base + "/payx"),
                URI.create(base + "/apipayx"));
    }

    public List<Posted> posted() {
        return this.posted;
    }

    public Posted lastPosted() {
        return this.posted.get(this.posted.size() - 1);
    }

    @Override
    public void close() {
        this.server.stop(0);
    }
}
