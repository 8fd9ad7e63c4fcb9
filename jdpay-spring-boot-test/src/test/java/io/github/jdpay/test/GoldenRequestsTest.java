package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.protocol.JdPayXmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** jdpay-v2.md B.5: requests produced by JD's own signing library are accepted exactly as JD accepts them. */
class GoldenRequestsTest {

    private static JdPaySimulator simulator;

    private static MerchantClient merchant;

    @BeforeAll
    static void start() {
        simulator = JdPaySimulator.builder().testMerchant().start();
        merchant = new MerchantClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static byte[] vector(String name) {
        try (InputStream in = GoldenRequestsTest.class.getResourceAsStream("/vectors/" + name + ".envelope.xml")) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void goldenUniorderIsAcceptedAndAnsweredWithAQrCodeOnTheSimulator() {
        MerchantClient.Answer answer =
                merchant.answer(MerchantClient.post(simulator.paygateUrl() + "/uniorder", vector("G2")));

        assertThat(answer.code()).isEqualTo("000000");
        assertThat(answer.text("tradeNum")).isEqualTo("1486346954111");
        assertThat(answer.text("amount")).isEqualTo("1");
        assertThat(answer.text("qrCode")).startsWith(simulator.baseUrl() + "/code?c=");
        assertThat(answer.text("orderId")).hasSize(22).containsOnlyDigits();
        assertThat(simulator.order("1486346954111").tradeName()).isEqualTo("测试商品");
    }

    @Test
    void goldenQueryIsAcceptedAndReportsTheOrderItNames() {
        merchant.call("uniorder", MerchantClient.uniorder("1494236491939", 1, "http://127.0.0.1:9/notify"));

        MerchantClient.Answer answer =
                merchant.answer(MerchantClient.post(simulator.paygateUrl() + "/query", vector("G1")));

        assertThat(answer.code()).isEqualTo("000000");
        assertThat(answer.text("tradeNum")).isEqualTo("1494236491939");
        assertThat(answer.text("status")).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G1", "G2"})
    void aOneByteTamperOfAGoldenRequestIsRejected(String name) {
        byte[] body = vector(name);
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("<encrypt>") + "<encrypt>".length() + 200;
        body[at] = (byte) ((body[at] == 'A') ? 'B' : 'A');

        MerchantClient.Answer answer =
                merchant.answer(MerchantClient.post(simulator.paygateUrl() + "/" + operation(name), body));

        assertThat(answer.code())
                .isIn(SimulatorResultCode.DECRYPTION_FAILED.code(), SimulatorResultCode.SIGNATURE_INVALID.code());
        assertThat(answer.hasEncrypt()).isFalse();
        assertThat(JdPayXmlCodec.VERSION).isEqualTo(answer.version());
    }

    private static String operation(String vector) {
        return vector.equals("G1") ? "query" : "uniorder";
    }
}
