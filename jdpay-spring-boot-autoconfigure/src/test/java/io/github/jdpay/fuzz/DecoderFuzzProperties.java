package io.github.jdpay.fuzz;

import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.notify.aggregate.AggregateNotificationSource;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every decoder that reads what others send is total: for 100,000 inputs each (mutations of real messages, and random
 * content that passes the signature), it returns or throws a typed {@code JdPayException}, and prints nothing to
 * stderr. The outcome counts go to {@code target/fuzz-counts.txt}.
 */
class DecoderFuzzProperties {

    private static final int TRIES = 100_000;

    private static final FuzzSupport.Hmac HMAC = new FuzzSupport.Hmac();

    private static final JdPayMerchant HMAC_MERCHANT = JdPayMerchant.builder("fuzz", TestKeys.MERCHANT)
            .cipher(TestKeys.cipher(TestKeys.DES_KEY))
            .signer(HMAC)
            .verifier(HMAC)
            .build();

    private static final JdPayXmlCodec HMAC_XML = new JdPayXmlCodec(TestKeys.cipher(TestKeys.DES_KEY), HMAC, HMAC);

    private static final JdPayXmlCodec JD_XML = new JdPayXmlCodec(
            TestKeys.cipher(TestKeys.DES_KEY),
            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
            new RsaJdPayVerifier(TestKeys.jdPublicKey()));

    private static final JdPayFormCodec HMAC_FORM = new JdPayFormCodec(TestKeys.cipher(TestKeys.DES_KEY), HMAC, HMAC);

    private static final JdPayXmlNotificationSource JD_SOURCE = new JdPayXmlNotificationSource(List.of(
            JdNotifications.merchant("n1", JdNotifications.N1_MERCHANT, TestKeys.DES_KEY_110148035005),
            JdNotifications.merchant("default", TestKeys.MERCHANT, TestKeys.DES_KEY)));

    private static final JdPayXmlNotificationSource HMAC_SOURCE =
            new JdPayXmlNotificationSource(List.of(HMAC_MERCHANT));

    private static final String AGGREGATE_MERCHANT = "110047782";

    private static final AggregateCodec AGGREGATE = new AggregateCodec(
            new AggregateTripleDesCipher(KeyLoader.desKey("des", AggregateVectors.KEY_2_2)),
            new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2));

    private static final AggregateNotificationSource AGGREGATE_SOURCE =
            new AggregateNotificationSource(new JdPayAggregateMerchant(
                    AGGREGATE_MERCHANT,
                    "sys",
                    new AggregateTripleDesCipher(KeyLoader.desKey("des", AggregateVectors.KEY_2_2)),
                    new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2),
                    null));

    private static final List<String> XML_FIELDS = List.of(
            "tradeNum",
            "tradeType",
            "status",
            "amount",
            "currency",
            "note",
            "tradeTime",
            "oTradeNum",
            "orderId",
            "merchantName",
            "expireTime",
            "qrCode",
            "isHas",
            "sign",
            "version",
            "merchant",
            "device",
            "userId");

    private static final List<String> AGGREGATE_FIELDS = List.of(
            "resultCode",
            "merchantNo",
            "outTradeNo",
            "tradeNo",
            "amount",
            "piType",
            "payStatus",
            "payFinishTime",
            "outRefundNo",
            "refundNo",
            "refundAmount",
            "refundStatus",
            "errCode",
            "errCodeDes",
            "success");

    @AfterContainer
    static void report() {
        FuzzSupport.Tally.write();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Arbitrary<XmlNode> leaf(List<String> names) {
        return Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(9, Arbitraries.of(names)),
                                Tuple.of(
                                        1,
                                        Arbitraries.strings()
                                                .alpha()
                                                .ofMinLength(1)
                                                .ofMaxLength(8))),
                        FuzzSupport.fieldValue())
                .as(XmlNode::leaf);
    }

    /** A JD document of random fields, sometimes with a pay or refund list, usually with a success result. */
    @Provide
    Arbitrary<XmlNode> document() {
        Arbitrary<XmlNode> pay = leaf(List.of("payType", "amount", "currency", "tradeTime", "tradeNum", "status"))
                .list()
                .ofMaxSize(5)
                .map(children -> XmlNode.element(children.isEmpty() ? "pay" : "refund", children));
        Arbitrary<XmlNode> list = Combinators.combine(
                        Arbitraries.of("payList", "refList"), pay.list().ofMaxSize(3))
                .as(XmlNode::element);
        Arbitrary<XmlNode> result = Combinators.combine(
                        Arbitraries.of("000000", "000000", "000000", "EXPIRE", ""), FuzzSupport.fieldValue())
                .as((code, desc) ->
                        XmlNode.element("result", List.of(XmlNode.leaf("code", code), XmlNode.leaf("desc", desc))));
        Arbitrary<List<XmlNode>> fields = Arbitraries.frequencyOf(Tuple.of(8, leaf(XML_FIELDS)), Tuple.of(1, list))
                .list()
                .ofMaxSize(6);
        // The fields every decoder needs, each usually there with a plausible value, so that most documents get
        // past the first missing field to the decoding behind it.
        Arbitrary<List<XmlNode>> core = Combinators.combine(
                        core("tradeNum", Arbitraries.of("T1001", "1494236491939", "T1001\n", " ", "T".repeat(300))),
                        core("tradeType", Arbitraries.of("0", "1", "3", "", "9", ":")),
                        core("status", Arbitraries.of("0", "1", "2", "3", "4", "6", "7", "8", "9", "2:x", " ")),
                        core("amount", Arbitraries.of("100", "1", "0", "-1", "1.5", "99999999999999999999", "")))
                .as((a, b, c, d) -> java.util.stream.Stream.of(a, b, c, d)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        return Combinators.combine(result.optional(0.9), core, fields).as((r, c, f) -> {
            XmlNode.Builder root =
                    XmlNode.builder("jdpay").add("version", "V2.0").add("merchant", TestKeys.MERCHANT);
            r.ifPresent(root::add);
            c.forEach(root::add);
            f.forEach(root::add);
            return root.build();
        });
    }

    /** A random document, sealed; values the sealer itself refuses (control characters) are not generated. */
    @Provide
    Arbitrary<byte[]> sealedDocument() {
        return document().map(DecoderFuzzProperties::sealOrNull).filter(java.util.Objects::nonNull);
    }

    private static byte @org.jspecify.annotations.Nullable [] sealOrNull(XmlNode document) {
        try {
            return HMAC_XML.sealToBytes(TestKeys.MERCHANT, document, JdPayResult.success());
        } catch (io.github.jdpay.exception.JdPayValidationException ex) {
            return null;
        }
    }

    private static Arbitrary<java.util.Optional<XmlNode>> core(String name, Arbitrary<String> usual) {
        return Arbitraries.frequencyOf(Tuple.of(4, usual), Tuple.of(1, FuzzSupport.fieldValue()))
                .map(value -> XmlNode.leaf(name, value))
                .optional(0.9);
    }

    @Provide
    Arbitrary<byte[]> jdNotification() {
        return FuzzSupport.mutated(List.of(JdNotifications.envelope("N1"), JdNotifications.envelope("N2")));
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void xmlNotificationSourceOnMutatedEnvelopes(@ForAll("jdNotification") byte[] body) {
        FuzzSupport.Tally.decode("xml notification source, mutated JD notifications", () -> JD_SOURCE.open(body));
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void xmlNotificationSourceOnSignedContent(@ForAll("sealedDocument") byte[] body) {
        FuzzSupport.Tally.decode("xml notification source, signed random content", () -> HMAC_SOURCE.open(body));
    }

    private static final List<Function<XmlNode, ?>> READERS = List.of(
            DocumentReader::uniOrder,
            DocumentReader::payment,
            root -> DocumentReader.refund(root, TradeType.REFUND),
            root -> DocumentReader.refund(root, TradeType.REVOKE),
            DocumentReader::refunds,
            DocumentReader::fkmPay,
            DocumentReader::userRelation);

    @Provide
    Arbitrary<byte[]> jdAnswer() {
        return FuzzSupport.mutated(List.of(
                utf8(ReplayServer.jdAnswer("R4")),
                utf8(ReplayServer.jdAnswer("Q1")),
                utf8(JdPayXmlCodec.failureEnvelope(TestKeys.MERCHANT, JdPayResult.success()))));
    }

    @Property(tries = TRIES / 2, generation = GenerationMode.RANDOMIZED)
    void clientResponseReaderOnMutatedAnswers(
            @ForAll("jdAnswer") byte[] answer, @ForAll("reader") Function<XmlNode, ?> reader) {
        FuzzSupport.Tally.decode(
                "client response reader",
                () -> reader.apply(JD_XML.open(JdPayEnvelope.parse(answer)).root()));
    }

    @Property(tries = TRIES / 2, generation = GenerationMode.RANDOMIZED)
    void clientResponseReaderOnSignedContent(
            @ForAll("sealedDocument") byte[] answer, @ForAll("reader") Function<XmlNode, ?> reader) {
        FuzzSupport.Tally.decode(
                "client response reader",
                () -> reader.apply(HMAC_XML.open(JdPayEnvelope.parse(answer)).root()));
    }

    @Provide
    Arbitrary<Function<XmlNode, ?>> reader() {
        return Arbitraries.of(READERS);
    }

    /** A page callback JD would post (random plaintext, sealed), or one with a field replaced by junk. */
    @Provide
    Arbitrary<Map<String, String>> pageCallback() {
        Arbitrary<Map<String, String>> plain = Arbitraries.maps(
                        Arbitraries.frequencyOf(
                                Tuple.of(
                                        9,
                                        Arbitraries.of(
                                                "tradeNum",
                                                "amount",
                                                "currency",
                                                "tradeTime",
                                                "note",
                                                "status",
                                                "merchant",
                                                "version")),
                                Tuple.of(
                                        1,
                                        Arbitraries.strings()
                                                .alpha()
                                                .ofMinLength(1)
                                                .ofMaxLength(6))),
                        FuzzSupport.fieldValue())
                .ofMaxSize(8);
        Arbitrary<String> junk = Arbitraries.oneOf(
                FuzzSupport.fieldValue(),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF ").ofMaxLength(64));
        return Combinators.combine(
                        plain,
                        Arbitraries.integers().between(0, 3),
                        junk,
                        Arbitraries.strings().alpha().ofMaxLength(4))
                .as((fields, mode, value, name) -> {
                    Map<String, String> posted = new LinkedHashMap<>(HMAC_FORM.seal(fields));
                    switch (mode) {
                        case 1 -> posted.put(posted.keySet().stream().findAny().orElse("sign"), value);
                        case 2 -> posted.put(name.isEmpty() ? "sign" : name, value);
                        case 3 -> posted.remove("sign");
                        default -> {
                            // sealed as JD seals
                        }
                    }
                    return posted;
                });
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void pageCallbackCheck(@ForAll("pageCallback") Map<String, String> posted) {
        FuzzSupport.Tally.decode("page callback check", () -> DocumentReader.pageCallback(HMAC_FORM.open(posted)));
    }

    @Provide
    Arbitrary<String> keyText() {
        List<byte[]> keys = List.of(
                utf8(TestKeys.resource("keys/jd-test-public.pem")),
                utf8(TestKeys.resource("keys/merchant-22294531-private.pem")),
                utf8(TestKeys.resource("keys/merchant-22294531-private-pkcs1.pem")),
                utf8(TestKeys.resource("keys/merchant-22294531-public-pkcs1.pem")),
                utf8(TestKeys.resource("keys/merchant-22294531-cert.pem")),
                utf8(TestKeys.resource("keys/merchant-22294531-private-encrypted.pem")),
                utf8(TestKeys.DES_KEY),
                utf8("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"));
        Arbitrary<String> mutatedText =
                FuzzSupport.mutated(keys).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        Arbitrary<String> der = Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(64)
                .map(bytes -> {
                    byte[] sequence = new byte[bytes.length + 2];
                    sequence[0] = 0x30;
                    sequence[1] = (byte) bytes.length;
                    System.arraycopy(bytes, 0, sequence, 2, bytes.length);
                    return java.util.Base64.getEncoder().encodeToString(sequence);
                });
        return Arbitraries.frequencyOf(Tuple.of(6, mutatedText), Tuple.of(3, der), Tuple.of(1, Arbitraries.strings()))
                .filter(text ->
                        !text.trim().startsWith("classpath:") && !text.trim().startsWith("file:"));
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void keyLoading(@ForAll("keyText") String text, @ForAll("keyKind") int kind) {
        FuzzSupport.Tally.decode("key loading", () -> switch (kind) {
            case 0 -> KeyLoader.publicKey("jdpay.jd-public-key", text);
            case 1 -> KeyLoader.privateKey("jdpay.private-key", text);
            default -> KeyLoader.desKey("jdpay.des-key", text);
        });
    }

    @Provide
    Arbitrary<Integer> keyKind() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<byte[]> aggregateNotification() {
        Arbitrary<byte[]> signed = Arbitraries.maps(Arbitraries.of(AGGREGATE_FIELDS), FuzzSupport.fieldValue())
                .ofMaxSize(10)
                .map(fields -> {
                    Map<String, Object> plain = new LinkedHashMap<>(fields);
                    plain.putIfAbsent("merchantNo", AGGREGATE_MERCHANT);
                    return utf8(AGGREGATE
                            .sealReply(AGGREGATE_MERCHANT, plain, CipherTextEncoding.HEX)
                            .toJson());
                });
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("resultCode", "SUCCESS");
        payment.put("merchantNo", AGGREGATE_MERCHANT);
        payment.put("outTradeNo", "T1001");
        payment.put("tradeNo", "1000000000000000000001");
        payment.put("amount", 250L);
        payment.put("piType", "WX");
        payment.put("payStatus", "FINISH");
        payment.put("payFinishTime", "20250101120000");
        byte[] real = utf8(AGGREGATE
                .sealReply(AGGREGATE_MERCHANT, payment, CipherTextEncoding.HEX)
                .toJson());
        return Arbitraries.frequencyOf(Tuple.of(1, signed), Tuple.of(1, FuzzSupport.mutated(List.of(real))));
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void aggregateNotificationSource(@ForAll("aggregateNotification") byte[] body) {
        FuzzSupport.Tally.decode("aggregate notification source", () -> AGGREGATE_SOURCE.open(body));
    }
}
