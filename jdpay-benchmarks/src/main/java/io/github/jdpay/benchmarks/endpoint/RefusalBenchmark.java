package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.VerifiedNotification;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the notification source spends on each hostile body of the endpoint's mixed load ({@link
 * NotificationBodies#GARBAGE}) before it refuses it, beside the opening of a valid notification: which refusals come
 * before any RSA or 3DES work, and which cannot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class RefusalBenchmark {

    /** {@code valid}, or the hostile body of that name. */
    @Param({"valid", "doctype", "entity", "invalidUtf8", "halfEnvelope", "alteredCiphertext", "form"})
    public String body;

    /**
     * Frames under the call: 0 as JMH calls it, 80 about as deep as Tomcat and Spring MVC call the endpoint, which is
     * what filling in an exception's stack trace walks.
     */
    @Param({"0", "80"})
    public int depth;

    private static final List<String> KINDS =
            List.of("doctype", "entity", "invalidUtf8", "halfEnvelope", "alteredCiphertext", "form");

    private JdPayXmlNotificationSource source;

    private byte[] bytes;

    @Setup
    public void setUp() {
        JdPayMerchant merchant = JdPayMerchant.builder("default", TestMerchant.MERCHANT_NO)
                .cipher(TestMerchant.cipher())
                .signer(new RsaJdPaySigner(TestMerchant.privateKey()))
                .verifier(new RsaJdPayVerifier(SimulatorJdKey.publicKey()))
                .build();
        this.source = new JdPayXmlNotificationSource(List.of(merchant));
        this.bytes = this.body.equals("valid")
                ? NotificationBodies.body("REFUSAL-VALID").getBytes(StandardCharsets.UTF_8)
                : NotificationBodies.GARBAGE.get(KINDS.indexOf(this.body));
        boolean refused = open() instanceof NotificationRejectedException;
        if (refused == this.body.equals("valid")) {
            throw new IllegalStateException(this.body + (refused ? " was refused" : " was accepted"));
        }
    }

    /** Opens the body {@link #depth} frames down; answers the refusal instead of throwing it. */
    @Benchmark
    public Object refuse() {
        return down(this.depth);
    }

    private Object down(int frames) {
        return (frames == 0) ? open() : down(frames - 1);
    }

    private Object open() {
        try {
            VerifiedNotification verified = this.source.open(this.bytes);
            return verified;
        } catch (NotificationRejectedException ex) {
            return ex;
        }
    }
}
