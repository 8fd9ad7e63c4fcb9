package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayKeyException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

/** jdpay-v2.md §4 and Appendix B.2/B.4: JD's RSA "private-key encryption" of the SHA-256 hex. */
class RsaJdPaySignerTest {

    static final String F1_S1 = "amount=1&callbackUrl=http://frontend.com/return&currency=CNY&merchant=22294531"
            + "&notifyUrl=http://making.dev/notify&orderType=0&tradeName=测试商品&tradeNum=12345678"
            + "&tradeTime=20170718101010&userId=0000001&version=V2.0";

    static final String F1_SIGN =
            "di/QyXcBJGY/Avb8ilTEUsCxto6F5fbjX4mvGt0a0J2XD1dTJ8sPidfTHofagsgz9H/CP3FC6Hqca49woS7o8vkn4oPfA+coHfxBnm4QtBcvdeQjW3fKq2IKbtGG7UGNGXEJc9Gk7BnXNnuvnbEc5FVFcvbqirdNi+7opO9jmaM=";

    static final String S1_REFUND =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jdpay><amount>1</amount><currency>CNY</currency><merchant>22294531</merchant><note></note><notifyUrl>http://10.13.81.116:63917/AsynNotifyHandler.ashx</notifyUrl><oTradeNum>1494236491939</oTradeNum><tradeNum>1494236491939_r</tradeNum><tradeTime>20170508174906</tradeTime><version>V2.0</version></jdpay>";

    static final String S1_SIGN =
            "UlcPzSqTH+E/zCqZFUFsY+zZ7mj7sS1XF9By2HEb9a0v6s0px6cUjTMU8J5YmJ521DkePRDiA3XXISls9XDISsZvRXJBfBe9pOLf09HzJza45x4iMuuSyxeaGEGLHo5b9bAGslcwFPNZ14yxbGcptQ4tcvO30yNDbsWroTMzGZo=";

    private final JdPaySigner signer = new RsaJdPaySigner(TestKeys.merchantPrivateKey());

    private final JdPayVerifier verifier = new RsaJdPayVerifier(TestKeys.merchantPublicKey());

    @Test
    void formSignatureMatchesVectorF1() {
        byte[] s1 = F1_S1.getBytes(StandardCharsets.UTF_8);

        assertThat(Digests.sha256Hex(s1)).isEqualTo("0a99b27931c9e95aee44f5159c1ec180105cf64c81ff1d15e6f48f2fed34be31");
        assertThat(this.signer.sign(s1)).isEqualTo(F1_SIGN);
    }

    @Test
    void xmlSignatureMatchesVectorS1() {
        byte[] s1 = S1_REFUND.getBytes(StandardCharsets.UTF_8);

        assertThat(Digests.sha256Hex(s1)).isEqualTo("2317ed0e724bfb4fab95f196c7f55455dfe2bff12a19b6b015e0c110097350ce");
        assertThat(this.signer.sign(s1)).isEqualTo(S1_SIGN);
    }

    @Test
    void verificationAcceptsTheWrappedFormOfTheOfficialLibrary() {
        String wrapped = "di/QyXcBJGY/Avb8ilTEUsCxto6F5fbjX4mvGt0a0J2XD1dTJ8sPidfTHofagsgz9H/CP3FC6Hqc\n"
                + "a49woS7o8vkn4oPfA+coHfxBnm4QtBcvdeQjW3fKq2IKbtGG7UGNGXEJc9Gk7BnXNnuvnbEc5FVF\r\n"
                + "cvbqirdNi+7opO9jmaM=\n";

        assertThat(this.verifier.verify(F1_S1.getBytes(StandardCharsets.UTF_8), wrapped))
                .isTrue();
    }

    @Test
    void verificationFailsForOtherContentOtherKeyOrGarbage() {
        byte[] s1 = F1_S1.getBytes(StandardCharsets.UTF_8);
        byte[] changed = F1_S1.replace("amount=1", "amount=2").getBytes(StandardCharsets.UTF_8);

        assertThat(this.verifier.verify(changed, F1_SIGN)).isFalse();
        assertThat(new RsaJdPayVerifier(TestKeys.jdPublicKey()).verify(s1, F1_SIGN))
                .isFalse();
        assertThat(this.verifier.verify(s1, "not base64 !!")).isFalse();
        assertThat(this.verifier.verify(s1, "")).isFalse();
        assertThat(this.verifier.verify(s1, "AAAA")).isFalse();
    }

    @Test
    void twoThousandFortyEightBitKeysSignAndVerify() {
        JdPaySigner signer2048 =
                new RsaJdPaySigner(KeyLoader.privateKey("2048 private", "classpath:keys/selftest-2048-private.pem"));
        JdPayVerifier verifier2048 =
                new RsaJdPayVerifier(KeyLoader.publicKey("2048 public", "classpath:keys/selftest-2048-public.pem"));
        byte[] content = S1_REFUND.getBytes(StandardCharsets.UTF_8);

        String sign = signer2048.sign(content);

        assertThat(java.util.Base64.getDecoder().decode(sign)).hasSize(256);
        assertThat(verifier2048.verify(content, sign)).isTrue();
    }

    @Test
    void keysBelowOneThousandTwentyFourBitsAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(512);
        var pair = generator.generateKeyPair();

        assertThatThrownBy(() -> new RsaJdPaySigner(pair.getPrivate()))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("1024");
        assertThatThrownBy(() -> new RsaJdPayVerifier(pair.getPublic())).isInstanceOf(JdPayKeyException.class);
    }
}
