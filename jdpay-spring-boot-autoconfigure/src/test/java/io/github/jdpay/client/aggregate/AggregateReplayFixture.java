package io.github.jdpay.client.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jdpay.client.JdPayRetryPolicy;
import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.client.TestTemplates;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JD's side of aggregate pay with the keys of aggregate.md §2.2, for templates pointed at a {@link ReplayServer}. */
final class AggregateReplayFixture {

    static final String MERCHANT = "110047782";

    static final AggregateCodec JD = codec(AggregateVectors.MD5_KEY_2_2);

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The fields of a plaintext written as JSON, in order, numbers as numbers. */
    static Map<String, Object> fields(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    /** Opens what the template posted, as JD would. */
    static Map<String, String> openRequest(ReplayServer.Posted posted, String merchantNo) {
        return JD.open(AggregateEnvelope.parse(posted.body().getBytes(StandardCharsets.UTF_8)), merchantNo);
    }
}
