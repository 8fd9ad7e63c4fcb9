package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Both request factories over TLS, as JD's gateway is reached: the connection made for a payment completes the
 * handshake with the JVM's default trust (as the pooled JDK client does), checks the host name, and carries the body.
 */
class ConnectionTlsTest {

    private static SSLContext previousDefault;

    private static HttpsServer server;

    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=127.0.0.1");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                java.util.Date.from(now.minus(Duration.ofDays(1))),
                                java.util.Date.from(now.plus(Duration.ofDays(1))),
                                name,
                                pair.getPublic())
                        .addExtension(
                                Extension.subjectAlternativeName,
                                false,
                                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        char[] password = "test".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", pair.getPrivate(), password, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);

        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);
        previousDefault = SSLContext.getDefault();
        // What an application does to trust its own CA for every client of the JVM.
        SSLContext.setDefault(clientContext);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/service/uniorder", exchange -> {
            try (exchange) {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = "<jdpay>ok</jdpay>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        SSLContext.setDefault(previousDefault);
    }

    @Test
    void aPaymentsOwnConnectionSpeaksTlsWithTheJvmsTrust() throws IOException {
        assertTlsExchange(ConnectionPerRequest.fresh(Duration.ofSeconds(10), Duration.ofSeconds(30)), "fresh");
    }

    @Test
    void thePooledConnectionsSpeakTlsWithTheSameTrust() throws IOException {
        assertTlsExchange(ConnectionPerRequest.pooled(Duration.ofSeconds(10), Duration.ofSeconds(30)), "pooled");
    }

    private static void assertTlsExchange(ClientHttpRequestFactory factory, String body) {
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/service/uniorder";
        String answer = RestClient.builder()
                .requestFactory(factory)
                .build()
                .post()
                .uri(url)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
        assertThat(answer).isEqualTo("<jdpay>ok</jdpay>");
        assertThat(received).contains(body);
    }
}
