package io.github.jdpay.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the JD Pay 2.0 merchants come from ({@code jdpay.merchant-registry.*}): the properties or a database table. */
@ConfigurationProperties("jdpay.merchant-registry")
public class JdPayMerchantRegistryProperties {

    /** Source of the merchants: properties (jdpay.* and jdpay.merchants.*) or jdbc (the jdpay_merchant table). */
    private Type type = Type.PROPERTIES;

    private final Jdbc jdbc = new Jdbc();

    public Type getType() {
        return this.type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public Jdbc getJdbc() {
        return this.jdbc;
    }

    /** Where the merchants come from. */
    public enum Type {

        /** {@code jdpay.*} and {@code jdpay.merchants.*}, fixed at start-up. */
        PROPERTIES,

        /** The {@code jdpay_merchant} table of the application's {@code DataSource}, polled. */
        JDBC
    }

    /** The {@code jdpay_merchant} table. */
    public static class Jdbc {

        /** How often to read the jdpay_merchant table again for added, changed and removed merchants. */
        private Duration pollInterval = Duration.ofSeconds(30);

        /**
         * Whether to create the jdpay_merchant table at start-up unless it exists (H2 and PostgreSQL; for other
         * databases create it yourself).
         */
        private boolean initializeSchema;

        /**
         * Whether a key column may hold the key itself instead of its location (file:, classpath:, kek: or a
         * resolver's scheme).
         */
        private boolean allowPlaintextKeys;

        public Duration getPollInterval() {
            return this.pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public boolean isInitializeSchema() {
            return this.initializeSchema;
        }

        public void setInitializeSchema(boolean initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        public boolean isAllowPlaintextKeys() {
            return this.allowPlaintextKeys;
        }

        public void setAllowPlaintextKeys(boolean allowPlaintextKeys) {
            this.allowPlaintextKeys = allowPlaintextKeys;
        }
    }
}
