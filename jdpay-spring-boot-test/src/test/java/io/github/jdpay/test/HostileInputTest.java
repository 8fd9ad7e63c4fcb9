package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage, DTDs, entity bombs, huge and wrongly keyed requests get an error answer; the simulator keeps serving. */
class HostileInputTest {

    private static JdPaySimulator simulator;

    private static MerchantClient merchant;

    @BeforeAll
    static void start() {
        simulator = JdPaySimulator.builder().testMerchant().start();
        merchant = new MerchantClient(simulator);
    }

    @AfterAll
    static void stillServingAndStop() {
        assertThat(merchant.call("uniorder", uniorder("ALIVE", 1, "http://127.0.0.1:9/n"))
                        .code())
                .isEqualTo("000000");
        simulator.close();
    }

    private static MerchantClient.Answer post(byte[] body) {
        HttpResponse<String> response = MerchantClient.post(simulator.paygateUrl() + "/uniorder", body);
        assertThat(response.statusCode()).isEqualTo(200);
        MerchantClient.Answer answer = merchant.answer(response);
        assertThat(answer.hasEncrypt()).isFalse();
        return answer;
    }

    private static MerchantClient.Answer post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "{\"merchant\":\"22294531\",\"encrypt\":\"x\"}",
                "<jdpay><merchant>1",
                "<other><merchant>22294531</merchant></other>"
            })
    void malformedBodiesAreAnsweredWithTheFormatError(String body) {
        assertThat(post(body).code()).isEqualTo(SimulatorResultCode.MALFORMED_REQUEST.code());
    }

    @Test
    void randomBytesAreAnsweredWithTheFormatError() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThat(post(noise).code()).isEqualTo(SimulatorResultCode.MALFORMED_REQUEST.code());
    }

    @Test
    void anExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<jdpay><version>V2.0</version><merchant>&x;</merchant><encrypt>AA==</encrypt></jdpay>";

        assertThat(post(xxe).code()).isEqualTo(SimulatorResultCode.FORBIDDEN_XML.code());
    }

    @Test
    void aBillionLaughsBombIsRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"");
            bomb.append(("&lol" + ((i == 1) ? "" : String.valueOf(i - 1)) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]><jdpay><merchant>&lol9;</merchant></jdpay>");

        assertThat(post(bomb.toString()).code()).isEqualTo(SimulatorResultCode.FORBIDDEN_XML.code());
    }

    @Test
    void aTenMegabyteBodyIsRefusedWithAnAnswer() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');

        assertThat(post(huge).code()).isEqualTo(SimulatorResultCode.REQUEST_TOO_LARGE.code());
    }

    @Test
    void anUnknownMerchantIsRefused() {
        String body = "<jdpay><version>V2.0</version><merchant>99999999</merchant><encrypt>AA==</encrypt></jdpay>";

        assertThat(post(body).code()).isEqualTo(SimulatorResultCode.UNKNOWN_MERCHANT.code());
    }

    @Test
    void anUnknownMerchantWithALineBreakIsRefusedWithoutEchoingIt() {
        String body = "<jdpay><version>V2.0</version><merchant>12\n34</merchant><encrypt>AA==</encrypt></jdpay>";

        MerchantClient.Answer answer = post(body);

        assertThat(answer.code()).isEqualTo(SimulatorResultCode.UNKNOWN_MERCHANT.code());
    }

    @Test
    void aRequestEncryptedWithAnotherDesKeyIsRefused() {
        byte[] otherKey = new byte[24];
        Arrays.fill(otherKey, (byte) 7);
        JdPayXmlCodec wrongDes = new JdPayXmlCodec(
                new JdTripleDesCipher(otherKey),
                new RsaJdPaySigner(TestMerchant.privateKey()),
                new RsaJdPayVerifier(simulator.jdPublicKey()));

        String body = wrongDes.seal(
                TestMerchant.MERCHANT_NO,
                uniorder("K1", 1, "http://127.0.0.1:9/n").build());

        assertThat(post(body).code()).isEqualTo(SimulatorResultCode.DECRYPTION_FAILED.code());
    }

    @Test
    void aRequestSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        JdPayXmlCodec wrongKey = new JdPayXmlCodec(
                TestMerchant.cipher(),
                new RsaJdPaySigner(generator.generateKeyPair().getPrivate()),
                new RsaJdPayVerifier(simulator.jdPublicKey()));

        String body = wrongKey.seal(
                TestMerchant.MERCHANT_NO,
                uniorder("K2", 1, "http://127.0.0.1:9/n").build());

        assertThat(post(body).code()).isEqualTo(SimulatorResultCode.SIGNATURE_INVALID.code());
        assertThat(simulator.findOrder(TestMerchant.MERCHANT_NO, "K2")).isEmpty();
    }

    @Test
    void aWrongMethodAndAnUnknownInterfaceAreHttpErrors() {
        HttpResponse<String> get = Browser.get(simulator.paygateUrl() + "/query");
        HttpResponse<String> unknown = MerchantClient.post(simulator.paygateUrl() + "/nope", new byte[] {1});

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void aHugeCashierFormIsRefusedWithAnErrorPage() {
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> answer = MerchantClient.post(simulator.h5CashierUrl() + "/saveOrder", huge);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(SimulatorResultCode.REQUEST_TOO_LARGE.code());
    }
}
