package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.NotificationDelivery;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.HostileNotifications;
import io.github.jdpay.test.notify.NotificationSample;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The actuator's answers as operations gets them, after a paid order (JD's notification carries masked card data), a
 * refusal by JD and a hostile notification of every kind: none carries a key, a piece of key material, a sign, cipher
 * text or card data.
 */
class OperationsSecrecyTest extends ShopTestSupport {

    /** A substring this long of key material is a leak; shorter ones occur by chance in any Base64 text. */
    private static final int KEY_WINDOW = 20;

    /** The simulator's masked card data in every paid trade's payList. */
    private static final List<String> CARD_FIELDS = List.of("622588****0000", "138****0000", "*模拟", "****0000");

    private static final List<String> ANSWERS = List.of(
            "/actuator/health",
            "/actuator/info",
            "/actuator/jdpay",
            "/actuator/prometheus",
            "/actuator/metrics/jdpay.notifications",
            "/actuator/metrics/jdpay.client.requests");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private JdPaySimulator jd;

    @Test
    void noActuatorAnswerCarriesAKeyASignCipherTextOrCardData() throws Exception {
        String tradeNum = this.api.createOrder("白牡丹", 990, "QR").text("tradeNum");
        this.api.demoPay(tradeNum);
        this.api.awaitStatus(tradeNum, "PAID");
        this.jd.faults().next("uniorder").resultCode("TRDE0001", "refused for the test");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("title", "寿眉");
        order.put("amountFen", 770);
        order.put("channel", "QR");
        assertThat(this.api.post("/api/orders", order).status()).isGreaterThanOrEqualTo(400);
        for (NotificationSample sample : HostileNotifications.corpus()) {
            post("/jdpay/notify", sample);
        }

        Set<String> secrets = secrets(tradeNum);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : ANSWERS) {
            HttpResponse<String> answer = this.http.send(
                    HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            answers.put(path, answer.body());
        }

        assertThat(answers.get("/actuator/jdpay")).contains(tradeNum).contains("\"reason\":\"SIGNATURE\"");
        assertThat(answers.get("/actuator/prometheus")).contains("outcome=\"API_ERROR\"");
        answers.forEach((path, body) -> assertThat(secrets.stream().filter(body::contains))
                .as("secrets in %s", path)
                .isEmpty());
    }

    private void post(String path, NotificationSample sample) throws Exception {
        this.http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + path))
                        .header("Content-Type", sample.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(sample.body()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The merchant's keys and JD's, the sign and encrypt of the paid order's notification, the card data in it. */
    private Set<String> secrets(String tradeNum) {
        Set<String> secrets = new LinkedHashSet<>(CARD_FIELDS);
        secrets.add(TestMerchant.DES_KEY);
        secrets.addAll(keyMaterial(KeyLoader.resolve("key", TestMerchant.PRIVATE_KEY_LOCATION)));
        secrets.addAll(keyMaterial(KeyLoader.resolve("key", TestMerchant.PUBLIC_KEY_LOCATION)));
        secrets.addAll(keyMaterial(this.jd.jdPublicKeyPem()));
        JdPayXmlCodec codec = new JdPayXmlCodec(
                TestMerchant.cipher(),
                new RsaJdPaySigner(TestMerchant.privateKey()),
                new RsaJdPayVerifier(TestMerchant.publicKey()));
        List<NotificationDelivery> deliveries = this.jd.deliveries().stream()
                .filter(delivery -> delivery.tradeNum().equals(tradeNum))
                .toList();
        assertThat(deliveries).isNotEmpty();
        for (NotificationDelivery delivery : deliveries) {
            Matcher encrypt = Pattern.compile("<encrypt>([^<]+)</encrypt>").matcher(delivery.requestBody());
            assertThat(encrypt.find()).isTrue();
            secrets.addAll(windows(encrypt.group(1)));
            String document = codec.decryptDocument(encrypt.group(1));
            assertThat(document).contains("622588****0000");
            Matcher sign = Pattern.compile("<sign>([^<]+)</sign>").matcher(document);
            assertThat(sign.find()).isTrue();
            secrets.addAll(windows(sign.group(1)));
        }
        return secrets;
    }

    private static Set<String> keyMaterial(String pem) {
        String base64 = String.join(
                "", pem.lines().filter(line -> !line.startsWith("-----")).toList());
        assertThat(base64).hasSizeGreaterThan(200);
        return windows(base64);
    }

    private static Set<String> windows(String value) {
        Set<String> windows = new LinkedHashSet<>();
        for (int at = 0; at + KEY_WINDOW <= value.length(); at++) {
            windows.add(value.substring(at, at + KEY_WINDOW));
        }
        return windows;
    }
}
