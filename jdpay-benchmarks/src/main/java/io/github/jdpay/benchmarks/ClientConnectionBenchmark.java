package io.github.jdpay.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.JdPayRetryPolicy;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.client.JdPayTemplateBuilder;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * One {@code uniOrder} through {@link JdPayTemplate} to a gateway on loopback that keeps connections alive: sealing,
 * the HTTP exchange and opening JD's answer. {@code pooled} sends it on a pooled connection, as the client did before
 * payments got a connection of their own; {@code fresh} is the client as it is, opening one for each payment. On
 * loopback the difference is the cost of a new connection and of a JDK {@code HttpClient} for it, without network
 * round trips or TLS.
 *
 * <p>The JDK's {@code HttpServer} writes an answer's headers and body apart; without {@code TCP_NODELAY} a kept-alive
 * connection then waits for a delayed ACK (about 40 ms on Linux) on every answer, which a gateway such as nginx never
 * makes its clients wait. The forks turn it on for the server.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientConnectionBenchmark {

    /** How the payment reaches the gateway. */
    @Param({"pooled", "fresh"})
    public String connections;

    private HttpServer server;

    private ExecutorService serverThreads;

    private JdPayTemplate template;

    private UniOrderRequest order;

    @Setup
    public void setUp() throws IOException {
        JdPayXmlCodec jd = Messages.codec(KeyPairs.RSA_1024);
        byte[] answer =
                jd.seal(Messages.MERCHANT, answer(), JdPayResult.success()).getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.serverThreads = Executors.newFixedThreadPool(2);
        this.server.setExecutor(this.serverThreads);
        this.server.createContext("/service/uniorder", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/xml;charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        this.server.start();
        String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
        KeyPairs keys = KeyPairs.RSA_1024;
        JdPayMerchant merchant = JdPayMerchant.builder("default", Messages.MERCHANT)
                .cipher(Messages.cipher())
                .signer(new RsaJdPaySigner(keys.privateKey()))
                .verifier(new RsaJdPayVerifier(keys.publicKey()))
                .notifyUrl("https://shop.example.com/jdpay/notify")
                .build();
        JdPayTemplateBuilder builder = JdPayTemplate.builder()
                .endpoints(new JdPayEndpoints(
                        URI.create(base + "/service"),
                        URI.create(base + "/wepay/jdpay"),
                        URI.create(base + "/h5pay/jdpay"),
                        URI.create(base + "/payx"),
                        URI.create(base + "/apipayx")))
                .retryPolicy(JdPayRetryPolicy.none())
                .merchant(merchant);
        if (this.connections.equals("pooled")) {
            // The request factory the client made for every call before: one JDK HttpClient and its pool.
            JdkClientHttpRequestFactory pooled = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
            pooled.setReadTimeout(Duration.ofSeconds(15));
            builder.requestFactory(pooled);
        }
        this.template = builder.build();
        this.order = UniOrderRequest.builder()
                .tradeNum("20261125093015000123")
                .tradeName("京东支付测试商品 - 无线降噪耳机")
                .amount(Money.ofFen(15800))
                .build();
    }

    /** JD's answer to the uniorder, laid out as vector R1. */
    static XmlNode answer() {
        return XmlNode.builder("jdpay")
                .add("version", JdPayXmlCodec.VERSION)
                .add("merchant", Messages.MERCHANT)
                .add(XmlNode.builder("result")
                        .add("code", "000000")
                        .add("desc", "成功")
                        .build())
                .add("orderId", "1029148637575787617463")
                .add("merchantName", "京东支付测试商户号")
                .add("amount", 15800)
                .add("expireTime", 600)
                .add("tradeNum", "20261125093015000123")
                .add("qrCode", "https://h5pay.jd.com/code?c=616zlks7djfb1z")
                .add("sign", "")
                .build();
    }

    @Benchmark
    public UniOrderResponse uniOrder() {
        return this.template.uniOrder(this.order, UniOrderTradeType.QR);
    }

    /** The port the gateway listens on, once set up. */
    int port() {
        return this.server.getAddress().getPort();
    }

    @TearDown
    public void tearDown() {
        this.server.stop(0);
        this.serverThreads.shutdownNow();
    }
}
