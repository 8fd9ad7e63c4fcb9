package io.github.jdpay.client;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplateBuilder;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.autoconfigure.JdPaySimulatorConnectionDetails;
import java.time.Duration;

/** The test merchant's template, pointed at a simulator, with retries quick enough for tests. */
public final class SimulatorTemplates {

    /** Nothing listens here: the simulator's notifications go nowhere, which these tests do not need. */
    public static final String NOTIFY_URL = "http://127.0.0.1:9/jdpay/notify";

    /** Generous, so that no call fails for a loaded machine; the fault tests that need a timeout set a shorter one. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private SimulatorTemplates() {}

    public static JdPayMerchant.Builder merchant(JdPaySimulator simulator) {
        return JdPayMerchant.builder("default", TestMerchant.MERCHANT_NO)
                .cipher(TestMerchant.cipher())
                .signer(new RsaJdPaySigner(TestMerchant.privateKey()))
                .verifier(new RsaJdPayVerifier(simulator.jdPublicKey()))
                .md5Key(TestMerchant.MD5_KEY)
                .appId("jdpay-app-1")
                .notifyUrl(NOTIFY_URL);
    }

    public static JdPayTemplateBuilder template(JdPaySimulator simulator) {
        return configure(JdPayTemplate.builder(), simulator);
    }

    /** The test merchant's aggregate template ({@code systemId} {@code jw}), signing with {@code md5Key}. */
    public static JdPayAggregateTemplateBuilder aggregateTemplate(JdPaySimulator simulator, String md5Key) {
        JdPayAggregateMerchant merchant = new JdPayAggregateMerchant(
                TestMerchant.MERCHANT_NO,
                "jw",
                new AggregateTripleDesCipher(KeyLoader.desKey("aggregate DES key", TestMerchant.DES_KEY)),
                new Md5AggregateSigner(md5Key),
                null);
        return configure(JdPayAggregateTemplate.builder(), simulator).merchant(merchant);
    }

    private static <B extends JdPayClientBuilder<B>> B configure(B builder, JdPaySimulator simulator) {
        return builder.endpoints(new JdPaySimulatorConnectionDetails(simulator).getEndpoints())
                .retryPolicy(new JdPayRetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
                .readTimeout(READ_TIMEOUT);
    }

    static JdPayTemplate testMerchantTemplate(JdPaySimulator simulator) {
        return template(simulator).merchant(merchant(simulator).build()).build();
    }

    static UniOrderRequest order(String tradeNum, long fen) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("测试商品")
                .amount(Money.ofFen(fen))
                .userId("user-" + tradeNum)
                .build();
    }
}
