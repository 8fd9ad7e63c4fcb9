package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.merchant.jdbc.NextMerchants.Rejection;
import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link JdPayMerchantRegistry} on the application's database: the merchants are the enabled rows of the table
 * {@value #TABLE} ({@value #SCHEMA} creates it), read again by {@link #refresh()}, which {@link #start} runs every poll
 * interval on a daemon thread of its own.
 *
 * <p>The key columns hold locations, never keys: each is resolved by the first {@link JdPayKeyResolver} that handles
 * its scheme (the application's, then {@code kek:} with a {@link JdPayKeyEncryptionKey}, then {@code file:} and
 * {@code classpath:}); {@code jd_public_key} holds one or more, newest first, separated by {@value #SEPARATOR}. A key
 * in a column is refused unless {@link Builder#allowPlaintextKeys} says otherwise. A {@link JdPayMerchantCryptoProvider}
 * that supplies a merchant's crypto (an HSM) takes the place of its key columns.
 *
 * <p>Only rows whose {@code version} changed are read again, so the application bumps it on every change. A changed
 * merchant's keys are parsed and self-checked before it replaces the old one; one whose keys fail keeps the previous
 * version in place (or stays absent if it is new), is logged once and listed in {@link #rejected()} until a later
 * version fixes it. All changes of a refresh are published at once. Thread-safe.
 */
public final class JdbcJdPayMerchantRegistry
        implements JdPayMerchantRegistry, JdPayMerchantRegistry.Diagnostics, Closeable {

    /** The table's name. */
    public static final String TABLE = "jdpay_merchant";

    /** Class path location of the script that creates the table (H2, PostgreSQL). */
    public static final String SCHEMA = "META-INF/jdpay/merchant-schema.sql";

    /** Separates the locations of the {@code jd_public_key} column. */
    public static final String SEPARATOR = MerchantKeys.LIST_SEPARATOR;

    private static final Log logger = LogFactory.getLog(JdbcJdPayMerchantRegistry.class);

    private final JdbcTemplate jdbc;

    private final List<JdPayKeyResolver> resolvers;

    private final @Nullable JdPayMerchantCryptoProvider cryptoProvider;

    private final boolean allowPlaintextKeys;

    private final JdPayMerchantDirectory directory = new JdPayMerchantDirectory();

    /** The version of each published merchant; changed only by {@link #refresh()}, under its lock. */
    private Map<String, Long> versions = Map.of();

    private volatile Map<String, Rejection> rejections = Map.of();

    private @Nullable String failure;

    private final AtomicReference<@Nullable ScheduledExecutorService> scheduler = new AtomicReference<>();

    private JdbcJdPayMerchantRegistry(Builder builder) {
        this.jdbc = new JdbcTemplate(builder.dataSource);
        this.jdbc.setQueryTimeout((int) Math.max(1, builder.queryTimeout.toSeconds()));
        List<JdPayKeyResolver> chain = new ArrayList<>(builder.resolvers);
        if (builder.kek != null) {
            chain.add(new KekJdPayKeyResolver(builder.kek));
        }
        chain.add(new ResourceJdPayKeyResolver(builder.resources));
        this.resolvers = List.copyOf(chain);
        this.cryptoProvider = builder.cryptoProvider;
        this.allowPlaintextKeys = builder.allowPlaintextKeys;
    }

    /** Starts a registry on the {@value #TABLE} table of {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public JdPayMerchants merchants() {
        return this.directory.merchants();
    }

    /** The merchants whose current row was refused, by name, with the reason (never a key); empty when all are in. */
    @Override
    public Map<String, String> rejected() {
        Map<String, String> reasons = new LinkedHashMap<>();
        this.rejections.forEach((name, rejection) -> reasons.put(name, rejection.reason()));
        return Collections.unmodifiableMap(reasons);
    }

    /**
     * Reads the table and publishes what changed: new and changed rows whose keys pass, without the rows that are gone
     * or disabled.
     *
     * @throws DataAccessException if the table cannot be read; nothing changes then
     */
    public synchronized void refresh() {
        List<MerchantRow> rows = MerchantRow.readAll(this.jdbc);
        JdPayMerchants current = this.directory.merchants();
        MerchantKeys keys = new MerchantKeys(this.resolvers, this.allowPlaintextKeys);
        Map<String, Rejection> earlier = this.rejections;
        NextMerchants next = new NextMerchants();
        for (MerchantRow row : rows) {
            if (!row.enabled()) {
                continue;
            }
            JdPayMerchant published = current.byName(row.name());
            Long publishedVersion = this.versions.get(row.name());
            if (published != null && publishedVersion != null && publishedVersion == row.version()) {
                next.current(published, row.version());
                continue;
            }
            Rejection before = earlier.get(row.name());
            if (before != null && before.version() == row.version()) {
                // Refused already and not changed since: not parsed again.
                next.refused(row.name(), before, published, publishedVersion);
                continue;
            }
            try {
                next.current(merchant(row, keys), row.version());
            } catch (RuntimeException ex) {
                next.refused(row.name(), new Rejection(row.version(), reason(ex)), published, publishedVersion);
            }
        }
        next.settle();
        JdPayMerchants merchants = JdPayMerchants.of(next.merchants());
        this.directory.replaceAll(merchants);
        this.versions = Map.copyOf(next.versions());
        this.rejections = Collections.unmodifiableMap(next.rejected());
        next.rejected().forEach((name, rejection) -> {
            if (!rejection.equals(earlier.get(name))) {
                Long inUse = (merchants.byName(name) != null) ? this.versions.get(name) : null;
                logger.warn("JD Pay merchant '" + name + "' refused"
                        + ((rejection.version() != NextMerchants.RETRY) ? " at version " + rejection.version() : "")
                        + ((inUse != null) ? ", version " + inUse + " stays in use" : ", not in use") + ": "
                        + rejection.reason());
            }
        });
        NextMerchants.logChanges(current, merchants.all(), logger);
    }

    /** Reads the table every {@code interval} on a daemon thread, from one interval on; {@link #close()} stops it. */
    public void start(Duration interval) {
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "jdpay-merchant-registry");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        if (!this.scheduler.compareAndSet(null, polling)) {
            polling.shutdown();
            throw new IllegalStateException("the JD Pay merchant registry polls already");
        }
        polling.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops polling; the merchants stay as they are. */
    @Override
    public void close() {
        ScheduledExecutorService polling = this.scheduler.getAndSet(null);
        if (polling != null) {
            polling.shutdownNow();
        }
    }

    /** One scheduled refresh: a database failure is logged once until the table can be read again. */
    void poll() {
        try {
            refresh();
            if (this.failure != null) {
                logger.info("JD Pay merchant table " + TABLE + " can be read again");
                this.failure = null;
            }
        } catch (RuntimeException ex) {
            String reason = (ex instanceof DataAccessException access)
                    ? String.valueOf(access.getMostSpecificCause().getMessage())
                    : ex.toString();
            reason = reason.lines().findFirst().orElse(reason);
            if (!reason.equals(this.failure)) {
                logger.warn("JD Pay merchant table " + TABLE + " cannot be read, the "
                        + merchants().size() + " merchants stay as they are until it can: " + reason);
            }
            this.failure = reason;
        }
    }

    private JdPayMerchant merchant(MerchantRow row, MerchantKeys keys) {
        if ("aggregate".equals(row.name())) {
            // Handlers tell merchants apart by name only, and this one is the aggregate-pay merchant's.
            throw new IllegalArgumentException("'aggregate' names the jdpay.aggregate.* merchant");
        }
        JdPayMerchantCrypto provided = (this.cryptoProvider != null) ? this.cryptoProvider.crypto(row.name()) : null;
        JdPayMerchant.Builder builder = JdPayMerchant.builder(
                        row.name(), row.merchantNo().strip())
                .appId(row.appId())
                .notifyUrl(row.notifyUrl())
                .callbackUrl(row.callbackUrl())
                .md5Key(keys.md5Key("md5_key", row.md5Key()));
        if (provided != null) {
            builder.cipher(provided.cipher()).signer(provided.signer()).verifier(provided.verifier());
        } else {
            builder.cipher(keys.cipher("des_key", row.desKey()))
                    .signer(keys.signer("private_key", row.privateKey()))
                    .verifier(keys.verifier("jd_public_key", row.jdPublicKey()));
        }
        JdPayMerchant merchant = builder.build();
        merchant.selfCheck();
        return merchant;
    }

    private static String reason(RuntimeException ex) {
        String message = ex.getMessage();
        return (message != null) ? message : ex.getClass().getSimpleName();
    }

    /** Collects {@link JdbcJdPayMerchantRegistry}'s sources and options. */
    public static final class Builder {

        private final DataSource dataSource;

        private final List<JdPayKeyResolver> resolvers = new ArrayList<>();

        private @Nullable JdPayKeyEncryptionKey kek;

        private ResourceLoader resources = new DefaultResourceLoader();

        private @Nullable JdPayMerchantCryptoProvider cryptoProvider;

        private boolean allowPlaintextKeys;

        private Duration queryTimeout = Duration.ofSeconds(10);

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** Adds a resolver, asked before the built-in ones and after those added before it. */
        public Builder resolver(JdPayKeyResolver resolver) {
            this.resolvers.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /** The key encryption key of {@code kek:} locations; without one, such a location is refused. */
        public Builder keyEncryptionKey(@Nullable JdPayKeyEncryptionKey kek) {
            this.kek = kek;
            return this;
        }

        /** Where {@code file:} and {@code classpath:} locations are read (the application's context). */
        public Builder resourceLoader(ResourceLoader resources) {
            this.resources = Objects.requireNonNull(resources, "resources");
            return this;
        }

        /** Supplies merchants' crypto by name instead of their key columns (an HSM per merchant). */
        public Builder cryptoProvider(@Nullable JdPayMerchantCryptoProvider cryptoProvider) {
            this.cryptoProvider = cryptoProvider;
            return this;
        }

        /** Whether a key column may hold the key itself rather than its location; {@code false} unless set. */
        public Builder allowPlaintextKeys(boolean allow) {
            this.allowPlaintextKeys = allow;
            return this;
        }

        /** How long reading the table may take; 10 seconds unless set (JDBC counts whole seconds). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The registry, empty until its first {@link JdbcJdPayMerchantRegistry#refresh()}. */
        public JdbcJdPayMerchantRegistry build() {
            return new JdbcJdPayMerchantRegistry(this);
        }
    }
}
