package io.github.jdpay.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Just enough HTTP/1.x over a plain server socket to control what the JDK's {@code HttpServer} hides: whether a
 * connection is kept after an answer. Counts the connections accepted and the requests read per path, so that a test
 * can tell reuse from fresh connections and a resent request from a single one.
 */
final class ChurningServer implements AutoCloseable {

    /** What the server does with a connection once it has read a request. */
    enum Mode {
        /** Answers with an HTTP/1.1 status line and keeps the connection for the next request. */
        KEEP_ALIVE("HTTP/1.1", false, false),
        /** Answers as HTTP/1.0 without {@code Connection} or {@code Keep-Alive} headers, then closes. */
        HTTP_1_0_THEN_CLOSE("HTTP/1.0", true, false),
        /** Answers as HTTP/1.1 without a {@code Connection: close} header, then closes anyway. */
        HTTP_1_1_THEN_CLOSE("HTTP/1.1", true, false),
        /**
         * Answers as HTTP/1.0 and closes late: only once the client writes on the connection again, and without
         * reading what it wrote. The close then always loses the race with a reuse, as it does now and then when a
         * server's close lags behind its answer.
         */
        HTTP_1_0_CLOSE_LATE("HTTP/1.0", true, true),
        /** The same with an HTTP/1.1 status line and no {@code Connection: close} header. */
        HTTP_1_1_CLOSE_LATE("HTTP/1.1", true, true),
        /** Reads the request and closes without answering: the request did reach the server. */
        CLOSE_WITHOUT_ANSWER("HTTP/1.1", true, false);

        final String statusLineVersion;

        final boolean closes;

        final boolean late;

        Mode(String statusLineVersion, boolean closes, boolean late) {
            this.statusLineVersion = statusLineVersion;
            this.closes = closes;
            this.late = late;
        }
    }

    private final ServerSocket socket;

    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "churning-server");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private final AtomicInteger connections = new AtomicInteger();

    private volatile Mode mode;

    ChurningServer(Mode mode) {
        this.mode = mode;
        try {
            this.socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.workers.execute(this::accept);
    }

    /** Answers posts to {@code /service/<operation>} with {@code envelope}. */
    ChurningServer answer(String operation, String envelope) {
        this.answers.put("/service/" + operation, envelope.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Changes what is done with the connections of later requests. */
    void mode(Mode mode) {
        this.mode = mode;
    }

    JdPayEndpoints endpoints() {
        String base = "http://127.0.0.1:" + this.socket.getLocalPort();
        return new JdPayEndpoints(
                URI.create(base + "/service"),
                URI.create(base + "/wepay/jdpay"),
                URI.create(base + "/h5pay/jdpay"),
                URI.create(base + "/payx"),
                URI.create(base + "/apipayx"));
    }

    /** Connections accepted so far. */
    int connections() {
        return this.connections.get();
    }

    /** Requests read in full for {@code /service/<operation>} so far. */
    int requests(String operation) {
        AtomicInteger count = this.requests.get("/service/" + operation);
        return count == null ? 0 : count.get();
    }

    private void accept() {
        while (!this.socket.isClosed()) {
            Socket connection;
            try {
                connection = this.socket.accept();
            } catch (IOException ex) {
                return;
            }
            this.connections.incrementAndGet();
            this.workers.execute(() -> serve(connection));
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                String path = readRequest(in);
                if (path == null) {
                    return;
                }
                this.requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
                Mode current = this.mode;
                if (current == Mode.CLOSE_WITHOUT_ANSWER) {
                    return;
                }
                byte[] body = this.answers.getOrDefault(path, new byte[0]);
                String head = current.statusLineVersion + (body.length > 0 ? " 200 OK" : " 404 Not Found") + "\r\n"
                        + "Content-Type: application/xml;charset=UTF-8\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                if (current.late) {
                    // Blocks until the client sends again (or goes away); what it sent is never read as a request.
                    in.read();
                }
                if (current.closes) {
                    return;
                }
            }
        } catch (IOException ex) {
            // The client went away: nothing to answer.
        }
    }

    /** Reads one request (line, headers, a body of Content-Length bytes); null at end of stream. */
    private static @Nullable String readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0
                    && header.substring(0, colon)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("content-length")) {
                length = Integer.parseInt(header.substring(colon + 1).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            return null;
        }
        return requestLine.split(" ")[1];
    }

    private static @Nullable String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return null;
    }

    @Override
    public void close() {
        try {
            this.socket.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.workers.shutdownNow();
    }
}
