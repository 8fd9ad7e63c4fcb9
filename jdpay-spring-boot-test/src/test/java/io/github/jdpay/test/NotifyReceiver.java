package io.github.jdpay.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** A merchant notification endpoint for tests: records what arrives and answers as told (by request number). */
final class NotifyReceiver implements AutoCloseable {

    private final HttpServer server;

    private final List<String> bodies = new ArrayList<>();

    private volatile IntFunction<String> answers = n -> "success";

    NotifyReceiver() {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.createContext("/notify", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int number;
            synchronized (this.bodies) {
                this.bodies.add(body);
                number = this.bodies.size();
            }
            byte[] answer = this.answers.apply(number).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        this.server.start();
    }

    String url() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/notify";
    }

    /** Answers the n-th request (from 1) with the given body. */
    NotifyReceiver answering(IntFunction<String> answers) {
        this.answers = answers;
        return this;
    }

    List<String> bodies() {
        synchronized (this.bodies) {
            return List.copyOf(this.bodies);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }
}
