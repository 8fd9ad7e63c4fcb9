package io.github.jdpay.test;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Configures a {@link JdPaySimulator}; obtain one with {@link JdPaySimulator#builder()}. Not thread-safe. */
public final class JdPaySimulatorBuilder {

    record MerchantSpec(String merchantNo, String name, byte[] desKey, PublicKey publicKey) {}

    record AggregateSpec(String merchantNo, byte[] desKey, String md5Key) {}

    final Map<String, MerchantSpec> merchants = new LinkedHashMap<>();

    final Map<String, AggregateSpec> aggregateMerchants = new LinkedHashMap<>();

    final Set<String> notifyHosts = new HashSet<>();

    @Nullable
    AggregateDialect aggregateDialect;

    String billKey = TestMerchant.BILL_KEY;

    int port;

    Clock clock = Clock.systemDefaultZone();

    double timeScale = 1;

    @Nullable
    ManualTime manualTime;

    @Nullable
    PrivateKey jdPrivateKey;

    @Nullable
    PublicKey jdPublicKey;

    int maxBodyBytes = 1024 * 1024;

    Duration notifyTimeout = Duration.ofSeconds(5);

    boolean notifyAnyHost;

    JdPaySimulatorBuilder() {}

    /**
     * Registers the published test merchant ({@link TestMerchant}) for JD Pay 2.0, and for aggregate pay with the
     * same DES key and {@link TestMerchant#MD5_KEY} as its MD5 key.
     */
    public JdPaySimulatorBuilder testMerchant() {
        this.merchants.put(
                TestMerchant.MERCHANT_NO,
                new MerchantSpec(
                        TestMerchant.MERCHANT_NO,
                        TestMerchant.NAME,
                        KeyLoader.desKey("test merchant DES key", TestMerchant.DES_KEY),
                        TestMerchant.publicKey()));
        return aggregateMerchant(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, TestMerchant.MD5_KEY);
    }

    /** Registers a JD Pay 2.0 merchant: its Base64 DES key and the public key JD verifies its requests with. */
    public JdPaySimulatorBuilder merchant(String merchantNo, String desKeyBase64, PublicKey merchantPublicKey) {
        requireMerchantNo(merchantNo);
        Objects.requireNonNull(merchantPublicKey, "merchantPublicKey");
        this.merchants.put(
                merchantNo,
                new MerchantSpec(
                        merchantNo,
                        "模拟商户" + merchantNo,
                        KeyLoader.desKey("DES key of merchant " + merchantNo, desKeyBase64),
                        merchantPublicKey));
        return this;
    }

    /** As {@link #merchant(String, String, PublicKey)}, the public key as PEM or a {@code classpath:}/{@code file:} location. */
    public JdPaySimulatorBuilder merchant(String merchantNo, String desKeyBase64, String merchantPublicKey) {
        return merchant(
                merchantNo,
                desKeyBase64,
                KeyLoader.publicKey("public key of merchant " + merchantNo, merchantPublicKey));
    }

    /** Registers an aggregate-pay (聚合支付) merchant: its Base64 3DES key and its MD5 key. */
    public JdPaySimulatorBuilder aggregateMerchant(String merchantNo, String desKeyBase64, String md5Key) {
        requireMerchantNo(merchantNo);
        byte[] key = KeyLoader.desKey("aggregate DES key of merchant " + merchantNo, desKeyBase64);
        if (md5Key.isBlank()) {
            throw new IllegalArgumentException("md5Key of merchant " + merchantNo + " must not be blank");
        }
        this.aggregateMerchants.put(merchantNo, new AggregateSpec(merchantNo, key, md5Key));
        return this;
    }

    /**
     * Accepts aggregate requests only in {@code dialect}: names, transport and cipher text of {@code getScanUrl}, cipher
     * text of apipayx. Any other form is refused in clear, as JD refuses what it cannot read. By default every form is
     * accepted.
     */
    public JdPaySimulatorBuilder acceptOnlyAggregateDialect(AggregateDialect dialect) {
        this.aggregateDialect = Objects.requireNonNull(dialect, "dialect");
        return this;
    }

    /** The bill key statement downloads are signed with, for every merchant; {@link TestMerchant#BILL_KEY} unless set. */
    public JdPaySimulatorBuilder billKey(String billKey) {
        if (billKey == null || billKey.isBlank()) {
            throw new IllegalArgumentException("billKey must not be blank");
        }
        this.billKey = billKey;
        return this;
    }

    /** Port on 127.0.0.1; 0, the default, picks a free one. */
    public JdPaySimulatorBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535 but is " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * The clock for trade times, order expiry and delivery records; the system clock by default. With
     * {@link #manualTime(ManualTime)} the clock is that time's.
     */
    public JdPaySimulatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Compresses the waits between notification attempts: with {@code 1_000_000} the fifth attempt, 120 minutes after
     * the first, follows within milliseconds. Order expiry follows the clock, not the scale. With
     * {@link #manualTime(ManualTime)} the scale does not apply.
     */
    public JdPaySimulatorBuilder timeScale(double scale) {
        if (!(scale >= 1) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("time scale must be a finite number of at least 1 but is " + scale);
        }
        this.timeScale = scale;
        return this;
    }

    /**
     * Runs JD's time by hand: the simulator's clock becomes {@code time}'s, and notification retries wait until the
     * test {@linkplain ManualTime#advance(Duration) advances} it past them rather than for real time to pass.
     */
    public JdPaySimulatorBuilder manualTime(ManualTime time) {
        this.manualTime = Objects.requireNonNull(time, "time");
        this.clock = time.clock();
        return this;
    }

    /** Signs with another JD key pair than {@link SimulatorJdKey}. */
    public JdPaySimulatorBuilder jdKeyPair(PrivateKey privateKey, PublicKey publicKey) {
        this.jdPrivateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.jdPublicKey = Objects.requireNonNull(publicKey, "publicKey");
        return this;
    }

    /** Largest request body accepted, 1 MiB by default; a larger one gets an error answer. */
    public JdPaySimulatorBuilder maxBodyBytes(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024 but is " + bytes);
        }
        this.maxBodyBytes = bytes;
        return this;
    }

    /** Connect and answer timeout for each notification attempt, 5 seconds by default. */
    public JdPaySimulatorBuilder notifyTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("notifyTimeout must be positive");
        }
        this.notifyTimeout = timeout;
        return this;
    }

    /**
     * Allows notifications to these host names besides loopback (for an application in another container). By
     * default the simulator notifies only loopback hosts, so it never posts to a real shop by mistake.
     */
    public JdPaySimulatorBuilder allowNotifyHosts(String... hosts) {
        for (String host : hosts) {
            this.notifyHosts.add(host.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /** Allows notifications to any host. */
    public JdPaySimulatorBuilder allowNotifyAnyHost() {
        this.notifyAnyHost = true;
        return this;
    }

    Map<String, SimulatedMerchant> simulatedMerchants(JdPaySigner signer) {
        Map<String, SimulatedMerchant> simulated = new LinkedHashMap<>();
        this.merchants
                .values()
                .forEach(spec -> simulated.put(
                        spec.merchantNo(),
                        SimulatedMerchant.of(spec.merchantNo(), spec.name(), spec.desKey(), spec.publicKey(), signer)));
        return simulated;
    }

    Map<String, AggregateMerchant> simulatedAggregateMerchants() {
        Map<String, AggregateMerchant> simulated = new LinkedHashMap<>();
        this.aggregateMerchants
                .values()
                .forEach(spec -> simulated.put(
                        spec.merchantNo(), AggregateMerchant.of(spec.merchantNo(), spec.desKey(), spec.md5Key())));
        return simulated;
    }

    /** Creates the simulator, bound to its port but not yet serving. */
    public JdPaySimulator build() {
        if (this.merchants.isEmpty() && this.aggregateMerchants.isEmpty()) {
            throw new IllegalStateException("register at least one merchant (testMerchant(), merchant(...))");
        }
        if (this.manualTime != null && this.clock != this.manualTime.clock()) {
            throw new IllegalStateException("clock(...) and manualTime(...) are both set: a manual time is the clock");
        }
        return new JdPaySimulator(this);
    }

    /** Creates and starts the simulator. */
    public JdPaySimulator start() {
        return build().start();
    }

    private static void requireMerchantNo(String merchantNo) {
        if (merchantNo == null || !merchantNo.matches("[0-9A-Za-z]{1,32}")) {
            throw new IllegalArgumentException("merchant number must be 1 to 32 letters or digits");
        }
    }
}
