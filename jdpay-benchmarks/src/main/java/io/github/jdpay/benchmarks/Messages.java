package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import io.github.jdpay.protocol.XmlWriter;
import java.nio.charset.StandardCharsets;

/** Realistic JD Pay 2.0 documents of the sizes issue 8 names, and codecs for a key size. */
final class Messages {

    /** The A.1 test merchant. */
    static final String MERCHANT = "22294531";

    /** The A.1 test DES key. */
    static final String DES_KEY = "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t";

    /** How large the large request's inner XML is at least. */
    static final int LARGE_REQUEST_BYTES = 64 * 1024;

    private Messages() {}

    static JdPayCipher cipher() {
        return new JdTripleDesCipher(KeyLoader.desKey("benchmark DES key", DES_KEY));
    }

    /** A codec that signs with the private half of {@code keys} and verifies with its public half. */
    static JdPayXmlCodec codec(KeyPairs keys) {
        return new JdPayXmlCodec(
                cipher(), new RsaJdPaySigner(keys.privateKey()), new RsaJdPayVerifier(keys.publicKey()));
    }

    /** A uniorder request of about 600 bytes of inner XML ({@code small}) or of at least 64 KB of it. */
    static XmlNode uniorder(boolean large) {
        StringBuilder goods = new StringBuilder("[");
        int bytes = 0;
        int items = 0;
        do {
            String item = "{\"sku\":\"SKU-" + (100_000 + items) + "\",\"name\":\"无线降噪耳机\",\"price\":15800,\"num\":1}";
            goods.append((items > 0) ? "," : "").append(item);
            bytes += item.getBytes(StandardCharsets.UTF_8).length + 1;
            items++;
        } while (large && bytes < LARGE_REQUEST_BYTES);
        goods.append(']');
        return XmlNode.builder("jdpay")
                .add("version", JdPayXmlCodec.VERSION)
                .add("merchant", MERCHANT)
                .add("device", "store-0012")
                .add("tradeNum", "20261125093015000123")
                .add("tradeName", "京东支付测试商品 - 无线降噪耳机")
                .add("tradeDesc", "订单 #123456：2 件商品 & 运费")
                .add("tradeTime", "20261125093015")
                .add("amount", 15800)
                .add("orderType", 0)
                .add("currency", "CNY")
                .add("note", "请尽快发货")
                .add("notifyUrl", "https://shop.example.com/jdpay/notify")
                .add("ip", "203.0.113.17")
                .add("userId", "u-8812731")
                .add("expireTime", 600)
                .add("tradeType", "GEN")
                .add("goodsInfo", goods)
                .build();
    }

    /**
     * A payment notification laid out as JD's own (vectors N1/N2): result first, {@code <sign>} in the middle, a
     * pay list of a card (with masked details) and a coupon at the end; about 1 KB once signed with a 1024-bit key.
     */
    static XmlNode notification() {
        XmlNode detail = XmlNode.builder("detail")
                .add("cardHolderName", "*径")
                .add("cardHolderMobile", "138****6396")
                .add("cardHolderType", 0)
                .add("cardHolderId", "****0049")
                .add("cardNo", "622588****6178")
                .add("bankCode", "CMB")
                .add("cardType", 1)
                .build();
        XmlNode card = XmlNode.builder("pay")
                .add("payType", 0)
                .add("amount", 15300)
                .add("currency", "CNY")
                .add("tradeTime", "20261125093102")
                .add(detail)
                .build();
        XmlNode coupon = XmlNode.builder("pay")
                .add("payType", 3)
                .add("amount", 500)
                .add("currency", "CNY")
                .add("tradeTime", "20261125093102")
                .build();
        return XmlNode.builder("jdpay")
                .add("version", JdPayXmlCodec.VERSION)
                .add("merchant", MERCHANT)
                .add(XmlNode.builder("result")
                        .add("code", "000000")
                        .add("desc", "success")
                        .build())
                .add("device", "store-0012")
                .add("tradeNum", "20261125093015000123")
                .add("tradeType", 0)
                .add("sign", "")
                .add("note", "请尽快发货")
                .add("amount", 15800)
                .add("status", 2)
                .add(XmlNode.builder("payList").add(card).add(coupon).build())
                .build();
    }

    /** UTF-8 of the document as it is hashed: written without {@code <sign>}. */
    static byte[] unsignedBytes(XmlNode document) {
        String xml = XmlWriter.document(document).replace("<sign></sign>", "");
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
