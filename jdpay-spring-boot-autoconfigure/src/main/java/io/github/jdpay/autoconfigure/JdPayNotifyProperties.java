package io.github.jdpay.autoconfigure;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** The endpoint that receives JD's asynchronous notifications. */
public class JdPayNotifyProperties {

    /** Path of the notification endpoint; make jdpay.notify-url point at it. */
    private String path = "/jdpay/notify";

    /** Largest notification body accepted; larger ones are refused unread. */
    private DataSize maxBodySize = DataSize.ofKilobytes(64);

    /**
     * Oldest trade time a notification may carry; older ones are refused as replays. At most the idempotency ttl, so
     * that a handled notification is remembered for as long as it can be accepted.
     */
    private Duration maxAge = Duration.ofHours(24);

    private final Idempotency idempotency = new Idempotency();

    public Duration getMaxAge() {
        return this.maxAge;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

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

    /** How repeated notifications are recognised, so each is handled once. */
    public static class Idempotency {

        /**
         * Where handled notifications are recorded; use jdbc or redis when the app runs on several instances. The jdbc
         * store commits its record in the handler's transaction (exactly once for what the handler writes to that
         * database); the memory and redis stores record after the handler (at least once: make the handler idempotent
         * on the trade number).
         */
        private Store store = Store.MEMORY;

        /**
         * How long a handled notification is remembered; at least 3h, as JD's last retry comes 120 minutes after the
         * first delivery.
         */
        private Duration ttl = Duration.ofHours(24);

        /**
         * How long a claim holds without renewal. It is renewed every
         * third of this while the handler runs, so a slow handler keeps it; a claim whose instance died is taken over by
         * the first delivery after it. Keep it well under JD's first retry gap of one minute.
         */
        private Duration lease = Duration.ofSeconds(30);

        /**
         * Longest wait for one operation of the store (a database connection, a statement, a Redis command), at most
         * 2s and a third of the lease; past it the endpoint answers 503 at once and JD delivers again.
         */
        private Duration timeout = Duration.ofSeconds(2);

        /** Most notifications the memory store holds; beyond that it forgets ones older than 3h, or refuses new ones. */
        private int maxEntries = 100_000;

        private final Jdbc jdbc = new Jdbc();

        private final Redis redis = new Redis();

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

        public Duration getLease() {
            return this.lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
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

        public Redis getRedis() {
            return this.redis;
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

    /** The Redis idempotency store. */
    public static class Redis {

        /** Put before every key the store writes; on Redis Cluster, include a hash tag such as {jdpay}. */
        private String keyPrefix = "jdpay:notify:";

        public String getKeyPrefix() {
            return this.keyPrefix;
        }

        public void setKeyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }
    }

    /** Where handled notifications are recorded. */
    public enum Store {

        /** In this process only: for single-instance apps and tests. */
        MEMORY,

        /** In the application's database, shared by all its instances, in the handler's transaction. */
        JDBC,

        /** In Redis, shared by all instances: for apps whose state is not in a relational database. */
        REDIS
    }
}
