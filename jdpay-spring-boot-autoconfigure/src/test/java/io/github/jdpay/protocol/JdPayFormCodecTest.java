package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jdpay-v2.md Appendix B.2 (form F1) and B.3 (JD-signed page callbacks C1, C2). */
class JdPayFormCodecTest {

    private final JdPayFormCodec merchantSide = new JdPayFormCodec(
            TestKeys.cipher(TestKeys.DES_KEY),
            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
            new RsaJdPayVerifier(TestKeys.jdPublicKey()));

    static Map<String, String> f1Plain() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("version", "V2.0");
        plain.put("merchant", "22294531");
        plain.put("tradeTime", "20170718101010");
        plain.put("currency", "CNY");
        plain.put("tradeNum", "12345678");
        plain.put("tradeName", "测试商品");
        plain.put("amount", "1");
        plain.put("orderType", "0");
        plain.put("notifyUrl", "http://making.dev/notify");
        plain.put("callbackUrl", "http://frontend.com/return");
        plain.put("userId", "0000001");
        return plain;
    }

    @Test
    void cashierFormMatchesVectorF1FieldForField() {
        Map<String, String> plain = f1Plain();
        plain.put("note", "");

        Map<String, String> sealed = this.merchantSide.seal(plain);

        assertThat(sealed)
                .containsExactly(
                        Map.entry("version", "V2.0"),
                        Map.entry("merchant", "22294531"),
                        Map.entry("tradeTime", "d9668085c69c2ecb73421627b78590400135be4ad908a2a7"),
                        Map.entry("currency", "ac7132c57f10d3ce"),
                        Map.entry("tradeNum", "b9a9953b73f9f8eb3612d06b873f74e9"),
                        Map.entry("tradeName", "25fc4ff3e72f364fc1d80691e88fd7df"),
                        Map.entry("amount", "e5a6c3761ab9ddaf"),
                        Map.entry("orderType", "e00c693e6c5b8a60"),
                        Map.entry("notifyUrl", "d54a8a984359284ec3d58d814e65630300d528555ef1e14ebe9ff87c62d78770"),
                        Map.entry("callbackUrl", "b470f968b7165dcf745e8e129f073434ef9ec43bd64dda9ba2fe77001f4c7347"),
                        Map.entry("userId", "29d899fc35dc7aa50640156c06e5ec0f"),
                        Map.entry(
                                "sign",
                                "di/QyXcBJGY/Avb8ilTEUsCxto6F5fbjX4mvGt0a0J2XD1dTJ8sPidfTHofagsgz9H/CP3FC6Hqca49woS7o8vkn4oPfA+coHfxBnm4QtBcvdeQjW3fKq2IKbtGG7UGNGXEJc9Gk7BnXNnuvnbEc5FVFcvbqirdNi+7opO9jmaM="));
    }

    static Map<String, String> c1() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("amount", "e5a6c3761ab9ddaf");
        posted.put("currency", "ac7132c57f10d3ce");
        posted.put("note", "");
        posted.put("status", "e00c693e6c5b8a60");
        posted.put("tradeNum", "38442bada8fcc81581d733ff756dc840272bf690d6b0c0e4");
        posted.put("tradeTime", "c33390d9b3d6d6699706ea1467616603a2a1506bbaaf0f59");
        posted.put(
                "sign",
                "hO5dwBI6P9jpcPComYNzXct5P5Y2yHI4awojnp1xh1AaJseqegga5VsTV9GMlypXio8wK4PztvvP\n"
                        + "U4z14YMka0PDVkzuaA9LV7nPwbQQPj+0tT1F7kiVLIhk//Er2XtzNH93CwReKY9YZEP9NIsgaLTb\n"
                        + "dK6JAdQiOQyz6CN7dDY=");
        return posted;
    }

    @Test
    void jdSignedPageCallbackC1Verifies() {
        Map<String, String> plain = this.merchantSide.open(c1());

        assertThat(JdPayFormCodec.signString(plain))
                .isEqualTo("amount=1&currency=CNY&status=0&tradeNum=dev-1531882041-111&tradeTime=20180718104826");
        assertThat(plain).containsEntry("note", "").containsEntry("tradeNum", "dev-1531882041-111");
    }

    @Test
    void jdSignedPageCallbackC2WithNoteVerifies() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("amount", "e5a6c3761ab9ddaf");
        posted.put("currency", "ac7132c57f10d3ce");
        posted.put("note", "0f0071f565cf49ef82aeee8910e9f2f4");
        posted.put("status", "e00c693e6c5b8a60");
        posted.put("tradeNum", "38442bada8fcc815cc6386f24131481a4205f9d165019e8f");
        posted.put("tradeTime", "c33390d9b3d6d669fa4bbfc60f925498fe8ac39c72e43a1f");
        posted.put(
                "sign",
                "hqbVC4wf2MLFC7bZZR1mofzc+uLQTNNZiyzpGR/1iq51DcFwrtN4/esOIVVYF2hX/+YNXOL9y5Ii\n"
                        + "i7/6Rs3z/ozROFOzD72t/nvpUI+6gOVjxgAui8bn/K3xkyl0Bo8QgBt16e6KnnRW5QVvJ2jjZRyG\n"
                        + "rzWFH/zgZf06cNaWolY=");

        Map<String, String> plain = this.merchantSide.open(posted);

        assertThat(JdPayFormCodec.signString(plain))
                .isEqualTo("amount=1&currency=CNY&note=test product&status=0&tradeNum=dev-1531992606-125"
                        + "&tradeTime=20180719173221");
    }

    @Test
    void tamperedCallbackIsRejected() {
        Map<String, String> amountChanged = c1();
        amountChanged.put("amount", "e00c693e6c5b8a60"); // "0" instead of "1"
        Map<String, String> unsigned = c1();
        unsigned.remove("sign");
        Map<String, String> badHex = c1();
        badHex.put("tradeNum", "not-hex");

        assertThatThrownBy(() -> this.merchantSide.open(amountChanged)).isInstanceOf(JdPaySignatureException.class);
        assertThatThrownBy(() -> this.merchantSide.open(unsigned)).isInstanceOf(JdPaySignatureException.class);
        assertThatThrownBy(() -> this.merchantSide.open(badHex)).isInstanceOf(JdPayMalformedMessageException.class);
    }
}
