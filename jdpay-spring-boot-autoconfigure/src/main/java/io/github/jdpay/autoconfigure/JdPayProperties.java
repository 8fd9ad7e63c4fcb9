package io.github.jdpay.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of JD Pay ({@code jdpay.*}): the default merchant at the top level, extra merchants under
 * {@code jdpay.merchants.<name>}, the aggregate-pay merchant under {@code jdpay.aggregate}, JD's endpoints and the HTTP
 * client.
 */
@ConfigurationProperties("jdpay")
public class JdPayProperties extends JdPayMerchantProperties {

    /** Whether to enable the JD Pay client (it also needs jdpay.merchant-no). */
    private boolean enabled = true;

    /** Further merchants by name, each with the same settings as the top-level merchant ("default"). */
    private final Map<String, JdPayMerchantProperties> merchants = new LinkedHashMap<>();

    private final Aggregate aggregate = new Aggregate();

    private final Endpoints endpoints = new Endpoints();

    private final Http http = new Http();

    private final Notify notify = new Notify();

    private final Simulator simulator = new Simulator();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, JdPayMerchantProperties> getMerchants() {
        return this.merchants;
    }

    public Aggregate getAggregate() {
        return this.aggregate;
    }

    public Endpoints getEndpoints() {
        return this.endpoints;
    }

    public Http getHttp() {
        return this.http;
    }

    public Notify getNotify() {
        return this.notify;
    }

    public Simulator getSimulator() {
        return this.simulator;
    }

    @Override
    String describe() {
        return "enabled=" + this.enabled + ", " + super.describe() + ", merchants=" + this.merchants + ", aggregate="
                + this.aggregate + ", endpoints=" + this.endpoints.getPaygate();
    }

    /**
     * The aggregate-pay (聚合支付) merchant: a number and keys of its own, apart from the JD Pay 2.0 merchants. Its hosts
     * are jdpay.endpoints.aggregate and jdpay.endpoints.aggregate-api.
     */
    public static class Aggregate {

        /** Aggregate merchant number assigned by JD (聚合商户号); aggregate pay stays off without it. */
        private @Nullable String merchantNo;

        /** System id JD assigned to the merchant's integration (systemId, 对接系统名称). */
        private @Nullable String systemId;

        /** Aggregate 3DES key (加密密钥): 32 characters of Base64 (24 bytes), or a location holding them. */
        private @Nullable String desKey;

        /** Aggregate MD5 key (加签密钥, "md5 盐") that signs every aggregate message, or a location holding it. */
        private @Nullable String md5Key;

        /** Default URL JD posts aggregate payment and refund notifications to (successNotifyUrl, notifyUrl). */
        private @Nullable String notifyUrl;

        /** Path of the aggregate notification endpoint; make jdpay.aggregate.notify-url point at it. */
        private String notifyPath = "/jdpay/aggregate/notify";

        public @Nullable String getMerchantNo() {
            return this.merchantNo;
        }

        public void setMerchantNo(@Nullable String merchantNo) {
            this.merchantNo = merchantNo;
        }

        public @Nullable String getSystemId() {
            return this.systemId;
        }

        public void setSystemId(@Nullable String systemId) {
            this.systemId = systemId;
        }

        public @Nullable String getDesKey() {
            return this.desKey;
        }

        public void setDesKey(@Nullable String desKey) {
            this.desKey = desKey;
        }

        public @Nullable String getMd5Key() {
            return this.md5Key;
        }

        public void setMd5Key(@Nullable String md5Key) {
            this.md5Key = md5Key;
        }

        public @Nullable String getNotifyUrl() {
            return this.notifyUrl;
        }

        public void setNotifyUrl(@Nullable String notifyUrl) {
            this.notifyUrl = notifyUrl;
        }

        public String getNotifyPath() {
            return this.notifyPath;
        }

        public void setNotifyPath(String notifyPath) {
            this.notifyPath = notifyPath;
        }

        @Override
        public String toString() {
            // Secrets are masked: this object ends up in logs and in the actuator's configprops.
            return "Aggregate[merchantNo=" + this.merchantNo + ", systemId=" + this.systemId + ", desKey="
                    + JdPayMerchantProperties.secret(this.desKey) + ", md5Key="
                    + JdPayMerchantProperties.secret(this.md5Key) + ", notifyUrl=" + this.notifyUrl + ", notifyPath="
                    + this.notifyPath + "]";
        }
    }

    /** Where JD's interfaces live; JD's production hosts by default. */
    public static class Endpoints {

        /** Base URL of the paygate XML interfaces (uniorder, query, refund, ...). */
        private URI paygate = URI.create("https://paygate.jd.com/service");

        /** Base URL of the PC cashier. */
        private URI pcCashier = URI.create("https://wepay.jd.com/jdpay");

        /** Base URL of the H5 (mobile) cashier and the merchant QR form. */
        private URI h5Cashier = URI.create("https://h5pay.jd.com/jdpay");

        /** Base URL of aggregate pay (payx). */
        private URI aggregate = URI.create("https://payx.jd.com");

        /** Base URL of the aggregate-pay API (apipayx). */
        private URI aggregateApi = URI.create("https://apipayx.jd.com");

        public URI getPaygate() {
            return this.paygate;
        }

        public void setPaygate(URI paygate) {
            this.paygate = paygate;
        }

        public URI getPcCashier() {
            return this.pcCashier;
        }

        public void setPcCashier(URI pcCashier) {
            this.pcCashier = pcCashier;
        }

        public URI getH5Cashier() {
            return this.h5Cashier;
        }

        public void setH5Cashier(URI h5Cashier) {
            this.h5Cashier = h5Cashier;
        }

        public URI getAggregate() {
            return this.aggregate;
        }

        public void setAggregate(URI aggregate) {
            this.aggregate = aggregate;
        }

        public URI getAggregateApi() {
            return this.aggregateApi;
        }

        public void setAggregateApi(URI aggregateApi) {
            this.aggregateApi = aggregateApi;
        }
    }

    /** HTTP client settings for calls to JD. */
    public static class Http {

        /** Longest wait to open a connection to JD. */
        private Duration connectTimeout = Duration.ofSeconds(5);

        /** Longest wait for JD's answer once the request is sent. */
        private Duration readTimeout = Duration.ofSeconds(15);

        /** Largest answer accepted from JD. */
        private DataSize maxResponseSize = DataSize.ofMegabytes(1);

        private final Retry retry = new Retry();

        public Duration getConnectTimeout() {
            return this.connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return this.readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public DataSize getMaxResponseSize() {
            return this.maxResponseSize;
        }

        public void setMaxResponseSize(DataSize maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
        }

        public Retry getRetry() {
            return this.retry;
        }
    }

    /** Retries of read-only calls (query, queryRefund, getUserRelation); calls that move money are never retried. */
    public static class Retry {

        /** Attempts in all, the first included; 1 disables retries. */
        private int maxAttempts = 3;

        /** Wait before the second attempt, doubled for each further one, with random jitter. */
        private Duration initialBackoff = Duration.ofMillis(100);

        /** Longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(2);

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return this.initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return this.maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /** The endpoint that receives JD's asynchronous notifications. */
    public static class Notify {

        /** Path of the notification endpoint; make jdpay.notify-url point at it. */
        private String path = "/jdpay/notify";

        /** Largest notification body accepted; larger ones are refused unread. */
        private DataSize maxBodySize = DataSize.ofKilobytes(64);

        private final Idempotency idempotency = new Idempotency();

        public String getPath() {
            return this.path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public DataSize getMaxBodySize() {
            return this.maxBodySize;
        }

        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        public Idempotency getIdempotency() {
            return this.idempotency;
        }
    }

    /** How repeated notifications are recognised, so each is handled once. */
    public static class Idempotency {

        /** Where handled notifications are recorded; use jdbc when the app runs on several instances. */
        private Store store = Store.MEMORY;

        /**
         * How long a handled notification is remembered; at least 3h, as JD's last retry comes 120 minutes after the
         * first delivery.
         */
        private Duration ttl = Duration.ofHours(24);

        /**
         * How long a notification being handled blocks its repeated deliveries; after that, one whose handling never
         * finished (the instance died) is taken over. Make it longer than the slowest handler.
         */
        private Duration inProgressTimeout = Duration.ofMinutes(5);

        /** Most notifications the memory store holds; beyond that it forgets ones older than 3h, or refuses new ones. */
        private int maxEntries = 100_000;

        private final Jdbc jdbc = new Jdbc();

        public Store getStore() {
            return this.store;
        }

        public void setStore(Store store) {
            this.store = store;
        }

        public Duration getTtl() {
            return this.ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public Duration getInProgressTimeout() {
            return this.inProgressTimeout;
        }

        public void setInProgressTimeout(Duration inProgressTimeout) {
            this.inProgressTimeout = inProgressTimeout;
        }

        public int getMaxEntries() {
            return this.maxEntries;
        }

        public void setMaxEntries(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        public Jdbc getJdbc() {
            return this.jdbc;
        }
    }

    /** The JDBC idempotency store. */
    public static class Jdbc {

        /**
         * Whether to create the jdpay_notification table at start-up unless it exists (H2 and PostgreSQL; for other
         * databases create it yourself).
         */
        private boolean initializeSchema;

        public boolean isInitializeSchema() {
            return this.initializeSchema;
        }

        public void setInitializeSchema(boolean initializeSchema) {
            this.initializeSchema = initializeSchema;
        }
    }

    /** Where handled notifications are recorded. */
    public enum Store {

        /** In this process only: for single-instance apps and tests. */
        MEMORY,

        /** In the application's database, shared by all its instances. */
        JDBC
    }

    /** The embedded JD gateway simulator of jdpay-spring-boot-test. */
    public static class Simulator {

        /** Whether to start the embedded JD simulator and point the client at it (needs jdpay-spring-boot-test). */
        private boolean enabled;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
