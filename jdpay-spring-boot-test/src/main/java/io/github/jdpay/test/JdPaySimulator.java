package io.github.jdpay.test;

import com.sun.net.httpserver.HttpServer;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An embedded JD Pay gateway for offline tests. It plays JD's side of every interface in the protocol notes, keeps
 * JD-like order state, delivers notifications with JD's retry schedule and can inject faults.
 *
 * <pre>{@code
 * try (JdPaySimulator jd = JdPaySimulator.builder().testMerchant().timeScale(1_000_000).start()) {
 *     // point the application at jd.paygateUrl(), jd.h5CashierUrl(), ... and trust jd.jdPublicKey()
 *     jd.pay("T1001");                                   // the payer pays an order the application created
 *     jd.awaitDeliveries(1, Duration.ofSeconds(5));      // the payment notification reached notifyUrl
 * }
 * }</pre>
 *
 * <p>URL layout: {@link #paygateUrl()} {@code /uniorder}, {@code /query}, ...; {@link #pcCashierUrl()} and
 * {@link #h5CashierUrl()} {@code /saveOrder} (and {@code /customerPay} on H5); {@link #aggregateUrl()}
 * {@code /getScanUrl}; {@link #aggregateApiUrl()} {@code /m/pay}, .... It listens on 127.0.0.1 only.
 *
 * <p>Thread-safe. Business failures surface in the test API as {@link io.github.jdpay.exception.JdPayApiException}
 * with the code JD would answer.
 */
public final class JdPaySimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JdPaySimulator.class.getName());

    private final HttpServer server;

    private final ExecutorService executor;

    private final String baseUrl;

    private final PublicKey jdPublicKey;

    private final DeliveryLog deliveries = new DeliveryLog();

    private final Notifier notifier;

    private final SimulatorFaults faults;

    private final Gateway gateway;

    private final AggregateGateway aggregate;

    private volatile boolean started;

    private volatile boolean closed;

    JdPaySimulator(JdPaySimulatorBuilder builder) {
        PrivateKey privateKey = (builder.jdPrivateKey != null) ? builder.jdPrivateKey : SimulatorJdKey.privateKey();
        this.jdPublicKey = (builder.jdPublicKey != null) ? builder.jdPublicKey : SimulatorJdKey.publicKey();
        // Keys are checked before the port is bound, so a bad key leaves no socket behind.
        JdPaySigner signer = new RsaJdPaySigner(privateKey);
        Map<String, SimulatedMerchant> merchants = builder.simulatedMerchants(signer);
        Map<String, AggregateMerchant> aggregateMerchants = builder.simulatedAggregateMerchants();
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 64);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot bind the JD Pay simulator to 127.0.0.1:" + builder.port, ex);
        }
        this.baseUrl = "http://127.0.0.1:" + this.server.getAddress().getPort();
        this.notifier = new Notifier(builder, this.deliveries);
        this.faults = new SimulatorFaults(this.notifier);
        this.gateway = new Gateway(builder.clock, this.baseUrl, merchants, this.notifier);
        this.aggregate = new AggregateGateway(builder.clock, this.baseUrl, aggregateMerchants, this.notifier);
        SimulatorRoutes.mount(this.server, this.faults, this.gateway, this.aggregate, builder);
        this.executor = Executors.newCachedThreadPool(DaemonThreads.named("jdpay-simulator-http"));
        this.server.setExecutor(this.executor);
    }

    /** Starts configuring a simulator. */
    public static JdPaySimulatorBuilder builder() {
        return new JdPaySimulatorBuilder();
    }

    /** Starts serving; calling it again does nothing. */
    public synchronized JdPaySimulator start() {
        if (this.closed) {
            throw new IllegalStateException("the simulator is closed");
        }
        if (!this.started) {
            this.server.start();
            this.started = true;
            LOG.log(
                    System.Logger.Level.INFO,
                    "JD Pay simulator serving at {0} for merchants {1}",
                    this.baseUrl,
                    this.gateway.merchants().keySet());
        }
        return this;
    }

    /** Stops serving and drops pending notification retries. */
    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.notifier.close();
        this.server.stop(0);
        this.executor.shutdownNow();
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return this.server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return this.baseUrl;
    }

    /** Base of the paygate XML interfaces, as {@code https://paygate.jd.com/service}: POST to {@code + "/uniorder"}. */
    public String paygateUrl() {
        return this.baseUrl + "/service";
    }

    /** Base of the PC cashier, as {@code https://wepay.jd.com/jdpay}: the form goes to {@code + "/saveOrder"}. */
    public String pcCashierUrl() {
        return this.baseUrl + "/wepay/jdpay";
    }

    /** JD's bill service, as {@code https://bapi.jdpay.com/api/download.do}: the day's statement zip. */
    public String statementUrl() {
        return this.baseUrl + StatementEndpoint.PATH;
    }

    /** Base of the H5 cashier, as {@code https://h5pay.jd.com/jdpay}: {@code + "/saveOrder"}, {@code "/customerPay"}. */
    public String h5CashierUrl() {
        return this.baseUrl + "/h5pay/jdpay";
    }

    /** Base of aggregate pay, as {@code https://payx.jd.com}: {@code + "/getScanUrl"}. */
    public String aggregateUrl() {
        return this.baseUrl + "/payx";
    }

    /** Base of the aggregate API, as {@code https://apipayx.jd.com}: {@code + "/m/pay"}, {@code "/m/refund"}, .... */
    public String aggregateApiUrl() {
        return this.baseUrl + "/apipayx";
    }

    /** The public key a merchant application must trust as "JD's" to accept the simulator's messages. */
    public PublicKey jdPublicKey() {
        return this.jdPublicKey;
    }

    /** {@link #jdPublicKey()} as X.509 PEM, for a property such as {@code jdpay.jd-public-key}. */
    public String jdPublicKeyPem() {
        return SimulatorJdKey.pem(this.jdPublicKey);
    }

    /** The registered JD Pay 2.0 merchant numbers. */
    public Set<String> merchants() {
        return this.gateway.merchants().keySet();
    }

    /** Pays an order as if the payer paid, and sends its notification; the merchant is inferred from the order. */
    public SimulatedOrder pay(String tradeNum) {
        return pay(this.gateway.merchantOf(tradeNum), tradeNum);
    }

    /**
     * Pays an order of a merchant as if the payer paid, and sends its notification.
     *
     * @throws io.github.jdpay.exception.JdPayApiException if the order does not exist, is paid, expired or revoked
     */
    public SimulatedOrder pay(String merchant, String tradeNum) {
        return this.gateway.pay(merchant, tradeNum, null, "pay");
    }

    /** Pays a payer-typed (CUST) merchant code with the amount the payer typed, in fen. */
    public SimulatedOrder pay(String merchant, String tradeNum, long typedAmount) {
        if (typedAmount <= 0) {
            throw new IllegalArgumentException("typed amount must be positive");
        }
        return this.gateway.pay(merchant, tradeNum, typedAmount, "pay");
    }

    /** A snapshot of an order; the merchant is inferred. */
    public SimulatedOrder order(String tradeNum) {
        return order(this.gateway.merchantOf(tradeNum), tradeNum);
    }

    /**
     * A snapshot of a merchant's order.
     *
     * @throws NoSuchElementException if there is no such order
     */
    public SimulatedOrder order(String merchant, String tradeNum) {
        return findOrder(merchant, tradeNum)
                .orElseThrow(() -> new NoSuchElementException("no simulated order " + tradeNum + " of " + merchant));
    }

    /** A snapshot of a merchant's order, if it exists. */
    public Optional<SimulatedOrder> findOrder(String merchant, String tradeNum) {
        return this.gateway.book.find(merchant, tradeNum);
    }

    /** Snapshots of every order, in creation order. */
    public List<SimulatedOrder> orders() {
        return this.gateway.book.all();
    }

    /** A refund or revoke by its own trade number, if it exists. */
    public Optional<SimulatedRefund> findRefund(String merchant, String refundTradeNum) {
        return this.gateway.book.findRefund(merchant, refundTradeNum);
    }

    /** Expires an unpaid order now, whatever its {@code expireTime}; the merchant is inferred. */
    public SimulatedOrder expire(String tradeNum) {
        return this.gateway.book.expire(this.gateway.merchantOf(tradeNum), tradeNum);
    }

    /**
     * While {@code true}, every new refund and revoke of a paid order fails with JD's {@code RFND100008} (可用余额不足),
     * recorded as failed and final: repeating its refund number gets the same answer. Aggregate refunds too.
     */
    public void insufficientBalance(boolean insufficient) {
        this.gateway.book.insufficientBalance(insufficient);
        this.aggregate.book.insufficientBalance(insufficient);
    }

    /** Whether a user id is bound to the payer, as {@code getUserRelation} answers. */
    public boolean isUserBound(String merchant, String userId) {
        return this.gateway.book.isBound(merchant, userId);
    }

    /** Every notification delivery so far, in the order they completed. */
    public List<NotificationDelivery> deliveries() {
        return this.deliveries.all();
    }

    /** Waits until at least {@code count} deliveries happened, and returns them all. */
    public List<NotificationDelivery> awaitDeliveries(int count, Duration timeout) {
        return this.deliveries.await(d -> true, count, timeout);
    }

    /** Waits until at least {@code count} deliveries for one trade number happened, and returns those. */
    public List<NotificationDelivery> awaitDeliveries(String tradeNum, int count, Duration timeout) {
        return this.deliveries.await(d -> d.tradeNum().equals(tradeNum), count, timeout);
    }

    /**
     * Waits until every notification sent so far has finished JD's schedule (acknowledged, out of attempts, or stopped
     * by {@link #reset()}); held ones do not count. After it, {@link #deliveries()} holds all there will be for them.
     * On a {@link ManualTime}, a retry waiting for its time keeps its notification on the schedule.
     *
     * @throws IllegalStateException if some are still on their schedule after {@code timeout}
     */
    public void awaitNotificationsSettled(Duration timeout) throws InterruptedException {
        this.notifier.awaitSettled(timeout);
    }

    /** The time that moves JD's notification schedule, when the simulator was built with {@code manualTime(...)}. */
    public Optional<ManualTime> manualTime() {
        return Optional.ofNullable(this.notifier.manualTime);
    }

    /** The aggregate-pay (聚合支付) side: its merchants and orders, and a payer who pays them. */
    public AggregatePay aggregate() {
        return new AggregatePay(this.aggregate);
    }

    /** Fault injection. */
    public SimulatorFaults faults() {
        return this.faults;
    }

    /** Removes every injected fault; same as {@code faults().clear()}. */
    public void clearFaults() {
        this.faults.clear();
    }

    /** Forgets orders, refunds, bindings and deliveries, removes faults and the insufficient-balance switch. */
    public void reset() {
        // Drop held notifications and pending retries first: clearing the faults would otherwise release them.
        this.notifier.reset();
        this.faults.clear();
        this.gateway.book.clear();
        this.aggregate.book.clear();
        this.aggregate.clearNames();
        this.deliveries.clear();
    }

    @Override
    public String toString() {
        return "JdPaySimulator[" + this.baseUrl + ", merchants=" + merchants() + "]";
    }
}
