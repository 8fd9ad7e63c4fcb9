package io.github.jdpay.autoconfigure;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** The endpoint that receives JD's asynchronous notifications. */
public class JdPayNotifyProperties {

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
}
