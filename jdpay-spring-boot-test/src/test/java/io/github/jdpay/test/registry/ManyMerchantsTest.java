package io.github.jdpay.test.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.SignedNotification;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A thousand merchants behind one notification source, each with a DES key of its own, so that a notification routed
 * to the wrong merchant cannot decrypt: every notification is routed by its clear-text merchant number and verified,
 * also while merchants are added, JD's key is rotated, a merchant is removed and a bad key is refused, with 16
 * threads delivering throughout.
 */
class ManyMerchantsTest {

    private static final int MERCHANTS = 1_000;

    private static final int THREADS = 16;

    private static final SecureRandom random = new SecureRandom();

    private static final JdPaySigner merchantSigner = new RsaJdPaySigner(TestMerchant.privateKey());

    private static final JdPaySigner jdSigner = new RsaJdPaySigner(SimulatorJdKey.privateKey());

    private static final JdPayVerifier jdVerifier = new RsaJdPayVerifier(SimulatorJdKey.publicKey());

    private static final List<String> desKeys = new ArrayList<>();

    @BeforeAll
    static void desKeys() {
        for (int i = 0; i <= MERCHANTS; i++) {
            byte[] key = new byte[24];
            random.nextBytes(key);
            desKeys.add(Base64.getEncoder().encodeToString(key));
        }
    }

    @Test
    void everyNotificationOfAThousandMerchantsIsRoutedToItsOwnMerchant() throws Exception {
        JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(new JdPayMerchantDirectory(thousand()));
        List<SignedNotification> notifications = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int n = 0; n < 1_600; n++) {
            int merchant = ThreadLocalRandom.current().nextInt(MERCHANTS);
            targets.add(merchant);
            notifications.add(notifications(merchant, desKeys.get(merchant), jdSigner)
                    .sign(NotificationContent.payment("T" + n, 100 + n, NotificationContent.now())));
        }
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n < notifications.size(); n = next.getAndIncrement()) {
                        JdPayNotification opened =
                                source.open(notifications.get(n).bytes()).notification();
                        String expected = merchantName(targets.get(n));
                        if (!opened.merchantName().equals(expected)
                                || !opened.merchantNo().equals(number(targets.get(n)))) {
                            wrong.add("notification " + n + " for " + expected + " reached " + opened.merchantName());
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(wrong).isEmpty();
        assertThat(next.get()).isGreaterThanOrEqualTo(notifications.size());
    }

    @Test
    void merchantsChangeWhileSixteenThreadsDeliver() throws Exception {
        JdPayMerchantDirectory directory = new JdPayMerchantDirectory(thousand());
        JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(directory);
        KeyPair newJdKey = rsa1024();
        JdPaySigner newJdSigner = new RsaJdPaySigner(newJdKey.getPrivate());

        Map<Kind, List<SignedNotification>> pools = new ConcurrentHashMap<>();
        pools.put(Kind.ADDED, pool(MERCHANTS, jdSigner));
        pools.put(Kind.ROTATED_OLD_KEY, pool(1, jdSigner));
        pools.put(Kind.ROTATED_NEW_KEY, pool(1, newJdSigner));
        pools.put(Kind.REMOVED, pool(2, jdSigner));
        pools.put(Kind.BAD_KEY_REFUSED, pool(3, jdSigner));
        List<SignedNotification> others = new ArrayList<>();
        List<Integer> otherTargets = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            int merchant = 4 + ThreadLocalRandom.current().nextInt(MERCHANTS - 4);
            otherTargets.add(merchant);
            others.add(notifications(merchant, desKeys.get(merchant), jdSigner)
                    .sign(NotificationContent.payment("O" + n, 100, NotificationContent.now())));
        }

        AtomicInteger phase = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Map<Kind, LongAdder> afterItsChange = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch warmedUp = new CountDownLatch(THREADS * 10);
        // Enough deliveries after the last change that every kind meets the final state many times.
        CountDownLatch settled = new CountDownLatch(THREADS * 40);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(threads.submit(() -> {
                ThreadLocalRandom dice = ThreadLocalRandom.current();
                while (!stop.get()) {
                    Kind kind = Kind.values()[dice.nextInt(Kind.values().length)];
                    int before = phase.get();
                    if (kind == Kind.OTHER) {
                        int n = dice.nextInt(others.size());
                        String expected = merchantName(otherTargets.get(n));
                        Outcome outcome = open(source, others.get(n));
                        if (!expected.equals(outcome.merchantName())) {
                            failures.add("a notification for " + expected + " ended as " + outcome);
                        }
                    } else {
                        List<SignedNotification> pool = pools.get(kind);
                        Outcome outcome = open(source, pool.get(dice.nextInt(pool.size())));
                        String problem = kind.check(before, phase.get(), outcome);
                        if (problem != null) {
                            failures.add(kind + " in phase " + before + ": " + problem);
                        }
                        if (before >= kind.phase) {
                            afterItsChange
                                    .computeIfAbsent(kind, k -> new LongAdder())
                                    .increment();
                        }
                    }
                    warmedUp.countDown();
                    if (before >= Kind.BAD_KEY_REFUSED.phase) {
                        settled.countDown();
                    }
                }
            }));
        }
        try {
            assertThat(warmedUp.await(2, TimeUnit.MINUTES)).isTrue();
            directory.put(merchant(MERCHANTS, jdVerifier));
            phase.set(Kind.ADDED.phase);
            directory.put(merchant(
                    1,
                    RotatingJdPayVerifier.of(
                            List.of(
                                    JdPublicKeyVersion.of(new RsaJdPayVerifier(newJdKey.getPublic())),
                                    JdPublicKeyVersion.of(jdVerifier)),
                            Clock.systemUTC())));
            phase.set(Kind.ROTATED_NEW_KEY.phase);
            assertThat(directory.remove(merchantName(2))).isTrue();
            phase.set(Kind.REMOVED.phase);
            JdPayMerchant broken = JdPayMerchant.builder(merchantName(3), number(3))
                    .cipher(new BrokenCipher())
                    .signer(merchantSigner)
                    .verifier(jdVerifier)
                    .build();
            assertThatThrownBy(() -> directory.put(broken)).hasMessageContaining(merchantName(3));
            phase.set(Kind.BAD_KEY_REFUSED.phase);
            assertThat(settled.await(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
            threads.shutdownNow();
        }
        assertThat(failures).isEmpty();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.OTHER) {
                assertThat(afterItsChange.get(kind))
                        .as("deliveries of %s after its change", kind)
                        .isNotNull();
            }
        }
        assertThat(directory.merchants().size()).isEqualTo(MERCHANTS);
        assertThat(directory.merchants().byName(merchantName(3)).cipher()).isNotInstanceOf(BrokenCipher.class);
    }

    /** What a delivery of each kind must end as, before and after the change that concerns it. */
    private enum Kind {
        OTHER(0),
        ADDED(1),
        ROTATED_OLD_KEY(2),
        ROTATED_NEW_KEY(2),
        REMOVED(3),
        BAD_KEY_REFUSED(4);

        final int phase;

        Kind(int phase) {
            this.phase = phase;
        }

        /** A problem with {@code outcome}, or null; {@code before} and {@code after} bracket the delivery. */
        String check(int before, int after, Outcome outcome) {
            boolean changed = before >= this.phase;
            boolean unchanged = after < this.phase;
            return switch (this) {
                case OTHER -> null;
                case ADDED -> expect(changed, merchantName(MERCHANTS), unchanged, Reason.UNKNOWN_MERCHANT, outcome);
                case ROTATED_OLD_KEY -> expect(true, merchantName(1), false, null, outcome);
                case ROTATED_NEW_KEY -> expect(changed, merchantName(1), unchanged, Reason.SIGNATURE, outcome);
                case REMOVED ->
                    (changed && outcome.merchantName() != null)
                            ? "reached removed merchant " + outcome.merchantName()
                            : expect(unchanged, merchantName(2), changed, Reason.UNKNOWN_MERCHANT, outcome);
                case BAD_KEY_REFUSED -> expect(true, merchantName(3), false, null, outcome);
            };
        }

        private static String expect(
                boolean accepted, String merchant, boolean rejected, Reason reason, Outcome outcome) {
            if (accepted && !merchant.equals(outcome.merchantName())) {
                return "expected " + merchant + ", got " + outcome;
            }
            if (rejected && outcome.reason() != reason) {
                return "expected " + reason + ", got " + outcome;
            }
            return null;
        }
    }

    /** A merchant reached, or the reason of a refusal. */
    private record Outcome(String merchantName, Reason reason) {}

    private static Outcome open(JdPayXmlNotificationSource source, SignedNotification notification) {
        try {
            return new Outcome(source.open(notification.bytes()).notification().merchantName(), null);
        } catch (NotificationRejectedException ex) {
            return new Outcome(null, ex.getReason());
        }
    }

    private static List<SignedNotification> pool(int merchant, JdPaySigner signer) {
        List<SignedNotification> pool = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            pool.add(notifications(merchant, desKeys.get(merchant), signer)
                    .sign(NotificationContent.payment("P" + merchant + "-" + n, 100, NotificationContent.now())));
        }
        return pool;
    }

    private static JdPayMerchants thousand() {
        List<JdPayMerchant> merchants = new ArrayList<>();
        for (int i = 0; i < MERCHANTS; i++) {
            merchants.add(merchant(i, jdVerifier));
        }
        return JdPayMerchants.of(merchants);
    }

    private static JdPayMerchant merchant(int i, JdPayVerifier verifier) {
        return JdPayMerchant.builder(merchantName(i), number(i))
                .cipher(new JdTripleDesCipher(Base64.getDecoder().decode(desKeys.get(i))))
                .signer(merchantSigner)
                .verifier(verifier)
                .build();
    }

    private static JdPayNotifications notifications(int merchant, String desKey, JdPaySigner signer) {
        return new JdPayNotifications(
                number(merchant), new JdTripleDesCipher(Base64.getDecoder().decode(desKey)), signer);
    }

    private static String merchantName(int i) {
        return String.format("m%04d", i);
    }

    private static String number(int i) {
        return Integer.toString(110_000_000 + i);
    }

    private static KeyPair rsa1024() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }

    /** A DES key that does not decrypt what it encrypts, as a damaged key would. */
    private static final class BrokenCipher implements JdPayCipher {

        @Override
        public byte[] encrypt(byte[] plain) {
            return plain.clone();
        }

        @Override
        public byte[] decrypt(byte[] encrypted) {
            return new byte[] {1};
        }
    }
}
