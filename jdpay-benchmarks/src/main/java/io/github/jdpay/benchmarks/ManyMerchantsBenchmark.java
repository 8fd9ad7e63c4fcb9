package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.notify.VerifiedNotification;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * A notification opened by the notification source of a registry of one merchant, and of a thousand merchants with a
 * DES key each, the notification's merchant drawn at random: what routing by merchant number costs at scale. The
 * set-up checks that every notification reaches its own merchant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ManyMerchantsBenchmark {

    /** Notifications prepared, opened in turn: more than a CPU cache holds of merchants' keys at 1,000. */
    private static final int NOTIFICATIONS = 4096;

    @Param({"1", "1000"})
    public int merchants;

    private JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(List.of());

    private final List<byte[]> bodies = new ArrayList<>();

    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        JdPaySigner merchantSigner = new RsaJdPaySigner(TestMerchant.privateKey());
        JdPaySigner jd = new RsaJdPaySigner(SimulatorJdKey.privateKey());
        JdPayVerifier jdVerifier = new RsaJdPayVerifier(SimulatorJdKey.publicKey());
        List<JdPayMerchant> all = new ArrayList<>();
        List<byte[]> desKeys = new ArrayList<>();
        for (int i = 0; i < this.merchants; i++) {
            byte[] desKey = new byte[24];
            random.nextBytes(desKey);
            desKeys.add(desKey);
            all.add(JdPayMerchant.builder(name(i), number(i))
                    .cipher(new JdTripleDesCipher(desKey))
                    .signer(merchantSigner)
                    .verifier(jdVerifier)
                    .build());
        }
        this.source = new JdPayXmlNotificationSource(new JdPayMerchantDirectory(JdPayMerchants.of(all)));
        for (int n = 0; n < NOTIFICATIONS; n++) {
            int merchant = random.nextInt(this.merchants);
            byte[] body = new JdPayNotifications(number(merchant), new JdTripleDesCipher(desKeys.get(merchant)), jd)
                    .sign(NotificationContent.payment("T" + n, 100 + n, "20261203120000"))
                    .bytes();
            VerifiedNotification opened = this.source.open(body);
            if (!opened.notification().merchantName().equals(name(merchant))) {
                throw new IllegalStateException("notification " + n + " reached " + opened.notification());
            }
            this.bodies.add(body);
        }
    }

    @Benchmark
    public VerifiedNotification open() {
        int n = this.next;
        this.next = (n + 1) % NOTIFICATIONS;
        return this.source.open(this.bodies.get(n));
    }

    static String name(int i) {
        return String.format("m%04d", i);
    }

    static String number(int i) {
        return Integer.toString(110_000_000 + i);
    }
}
