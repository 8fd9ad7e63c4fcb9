package io.github.jdpay.client;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.CipherTextEncoding;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.protocol.AggregateCodec;
import io.github.jdpay.protocol.AggregateEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JD's side of aggregate pay with the keys of aggregate.md §2.2, for templates pointed at a {@link ReplayServer}. */
final class AggregateReplayFixture {

    static final String MERCHANT = "110047782";

    static final AggregateCodec JD = codec(AggregateVectors.MD5_KEY_2_2);

    private AggregateReplayFixture() {}

    static AggregateCodec codec(String md5Key) {
        return new AggregateCodec(
                new AggregateTripleDesCipher(KeyLoader.desKey("des", AggregateVectors.KEY_2_2)),
                new Md5AggregateSigner(md5Key));
    }

    static JdPayAggregateMerchant merchant(String merchantNo) {
        return new JdPayAggregateMerchant(
                merchantNo,
                "jw",
                new AggregateTripleDesCipher(KeyLoader.desKey("des", AggregateVectors.KEY_2_2)),
                new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2),
                null);
    }

    static JdPayAggregateTemplate template(ReplayServer server, String merchantNo) {
        return JdPayAggregateTemplate.builder()
                .merchant(merchant(merchantNo))
                .endpoints(server.endpoints())
                .retryPolicy(JdPayRetryPolicy.none())
                .clock(TestTemplates.CLOCK)
                .build();
    }

    /** A reply JD sealed for {@link #MERCHANT} with the right keys. */
    static String reply(Map<String, ?> plain, CipherTextEncoding encoding) {
        return JD.sealReply(MERCHANT, plain, encoding).toJson();
    }

    /** Fields of a reply, in order. */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** Opens what the template posted, as JD would. */
    static Map<String, String> openRequest(ReplayServer.Posted posted, String merchantNo) {
        return JD.open(AggregateEnvelope.parse(posted.body().getBytes(StandardCharsets.UTF_8)), merchantNo);
    }
}
