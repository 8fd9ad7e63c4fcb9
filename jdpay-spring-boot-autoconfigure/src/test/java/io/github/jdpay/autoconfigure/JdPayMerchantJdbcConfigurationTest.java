package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.TestPostgres;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.jdbc.JdPayKeyEncryptionKey;
import io.github.jdpay.merchant.jdbc.JdPayKeyResolver;
import io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistry;
import io.github.jdpay.merchant.jdbc.KekJdPayKeyResolver;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@link JdPayMerchantJdbcConfiguration}: the JDBC merchant registry with {@code jdpay.merchant-registry.type=jdbc}. */
class JdPayMerchantJdbcConfigurationTest {

    private static final byte[] PROBE = "probe".getBytes(StandardCharsets.US_ASCII);

    private final DataSource h2 =
            new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayMerchantJdbcConfiguration.class));

    private final ApplicationContextRunner jdbc = this.runner
            .withBean(DataSource.class, () -> this.h2)
            .withPropertyValues(
                    "jdpay.merchant-registry.type=jdbc", "jdpay.merchant-registry.jdbc.initialize-schema=true");

    private void insert(String name, String merchantNo, String desKey, String privateKey, String jdPublicKey) {
        JdPayMerchantJdbcConfiguration.JdbcRegistryConfiguration.initializeSchema(this.h2);
        new JdbcTemplate(this.h2)
                .update(
                        "INSERT INTO jdpay_merchant (name, merchant_no, des_key, private_key, jd_public_key, version)"
                                + " VALUES (?, ?, ?, ?, ?, 1)",
                        name,
                        merchantNo,
                        desKey,
                        privateKey,
                        jdPublicKey);
    }

    /** A resolver of the application's own, as docs/merchant-registry.md shows it. */
    // tag::vault-resolver[]
    @Bean
    JdPayKeyResolver vaultKeys(Map<String, String> secretStore) {
        return location -> location.startsWith("vault:")
                ? Objects.requireNonNull(secretStore.get(location.substring("vault:".length())), location)
                : null; // not this resolver's scheme: the next one is asked
    }
    // end::vault-resolver[]

    @Test
    void theDocumentedSettingsStartTheRegistryWithTheDocumentedResolver() throws Exception {
        insert(
                "shop1",
                "22294531",
                "vault:shop1/des",
                "classpath:keys/merchant-22294531-private.pem",
                "classpath:keys/jd-test-public.pem");
        List<String> settings = new ArrayList<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader()
                .load("docs", new ClassPathResource("merchant-registry/application.yaml"))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                settings.add(name + "=" + source.getProperty(name));
            }
        }
        Map<String, String> secretStore = Map.of("shop1/des", TestKeys.DES_KEY);

        this.runner
                .withBean(DataSource.class, () -> this.h2)
                .withBean(JdPayKeyResolver.class, () -> vaultKeys(secretStore))
                .withPropertyValues(settings.toArray(String[]::new))
                .run(context -> assertThat(context.getBean(JdbcJdPayMerchantRegistry.class)
                                .merchants()
                                .names())
                        .containsExactly("shop1"));
        assertThat(settings).contains("jdpay.merchant-registry.type=jdbc");
    }

    @Test
    void staysOffUnlessAskedFor() {
        this.runner
                .withBean(DataSource.class, () -> this.h2)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayMerchantRegistry.class));
        this.runner
                .withBean(DataSource.class, () -> this.h2)
                .withPropertyValues("jdpay.merchant-registry.type=properties")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayMerchantRegistry.class));
    }

    @Test
    void createsTheTableAndReadsTheMerchantsAtStartUp() {
        insert(
                "shop1",
                "22294531",
                "vault:des",
                "classpath:keys/merchant-22294531-private.pem",
                "classpath:keys/jd-test-public.pem");
        JdPayKeyResolver vault = location -> "vault:des".equals(location) ? TestKeys.DES_KEY : null;

        this.jdbc.withBean(JdPayKeyResolver.class, () -> vault).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JdPayMerchantRegistry.class);
            JdbcJdPayMerchantRegistry registry = context.getBean(JdbcJdPayMerchantRegistry.class);
            JdPayMerchant shop1 = Objects.requireNonNull(registry.merchants().byName("shop1"));
            assertThat(shop1.merchantNo()).isEqualTo("22294531");
            assertThat(new RsaJdPayVerifier(TestKeys.merchantPublicKey())
                            .verify(PROBE, shop1.signer().sign(PROBE)))
                    .isTrue();
            assertThat(shop1.cipher().decrypt(TestKeys.cipher(TestKeys.DES_KEY).encrypt(PROBE)))
                    .isEqualTo(PROBE);
        });
    }

    @Test
    void theTemplateComesUpOnTheTableWithoutJdpayMerchantNoAndARefusedRowIsReported() {
        insert(
                "shop1",
                "22294531",
                "vault:des",
                "classpath:keys/merchant-22294531-private.pem",
                "classpath:keys/jd-test-public.pem");
        insert(
                "broken",
                "110000001",
                "vault:des",
                "classpath:keys/no-such-key.pem",
                "classpath:keys/jd-test-public.pem");
        JdPayKeyResolver vault = location -> "vault:des".equals(location) ? TestKeys.DES_KEY : null;

        this.jdbc
                .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
                .withBean(JdPayKeyResolver.class, () -> vault)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdPayTemplate.class);
                    JdPayTemplate template = context.getBean(JdPayTemplate.class);
                    assertThat(template.forMerchant("shop1").merchantNo()).isEqualTo("22294531");
                    JdPayMerchantRegistry registry = context.getBean(JdPayMerchantRegistry.class);
                    assertThat(registry).isInstanceOf(JdPayMerchantRegistry.Diagnostics.class);
                    assertThat(((JdPayMerchantRegistry.Diagnostics) registry).rejected())
                            .containsOnlyKeys("broken");
                    assertThat(registry.merchants().names()).containsExactly("shop1");
                });
    }

    @Test
    void usesTheApplicationsKeyEncryptionKeyAndCryptoProvider() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(128);
        SecretKey kek = generator.generateKey();
        insert(
                "shop1",
                "22294531",
                KekJdPayKeyResolver.encrypt(kek, TestKeys.DES_KEY),
                "classpath:keys/merchant-22294531-private.pem",
                "classpath:keys/jd-test-public.pem");
        insert("hsm", "110025845001", "", "", "");
        RsaJdPaySigner hsmSigner =
                new RsaJdPaySigner(KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem"));
        JdPayMerchantCrypto hsm = new JdPayMerchantCrypto(
                TestKeys.cipher(TestKeys.DES_KEY), hsmSigner, new RsaJdPayVerifier(TestKeys.jdPublicKey()));

        this.jdbc
                .withBean(JdPayKeyEncryptionKey.class, () -> () -> kek)
                .withBean(JdPayMerchantCryptoProvider.class, () -> name -> "hsm".equals(name) ? hsm : null)
                .run(context -> {
                    JdbcJdPayMerchantRegistry registry = context.getBean(JdbcJdPayMerchantRegistry.class);
                    assertThat(registry.merchants().names()).containsExactly("hsm", "shop1");
                    assertThat(registry.merchants().byName("hsm").signer()).isSameAs(hsmSigner);
                    assertThat(registry.rejected()).isEmpty();
                });
    }

    @Test
    void anApplicationsRegistryWins() {
        JdPayMerchantRegistry own = io.github.jdpay.merchant.JdPayMerchants::empty;

        this.jdbc.withBean(JdPayMerchantRegistry.class, () -> own).run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(JdbcJdPayMerchantRegistry.class)
                .getBean(JdPayMerchantRegistry.class)
                .isSameAs(own));
    }

    @Test
    void aTableThatCannotBeReadStopsStartUp() {
        this.runner
                .withBean(DataSource.class, () -> this.h2)
                .withPropertyValues("jdpay.merchant-registry.type=jdbc")
                .run(context -> assertThat(JdPayNotifyAutoConfigurationTest.failure(context))
                        .containsIgnoringCase("jdpay_merchant"));
    }

    @Test
    void withoutADataSourceOrSpringJdbcStartUpStopsAndSaysWhy() {
        this.runner.withPropertyValues("jdpay.merchant-registry.type=jdbc").run(context -> assertThat(
                        JdPayNotifyAutoConfigurationTest.failure(context))
                .contains("needs one DataSource bean"));
        this.runner
                .withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
                .withPropertyValues("jdpay.merchant-registry.type=jdbc")
                .run(context -> assertThat(JdPayNotifyAutoConfigurationTest.failure(context))
                        .contains("needs spring-jdbc on the class path"));
    }

    @Test
    void aPollIntervalMustBePositive() {
        this.jdbc
                .withPropertyValues("jdpay.merchant-registry.jdbc.poll-interval=0s")
                .run(context -> assertThat(JdPayNotifyAutoConfigurationTest.failure(context))
                        .contains("jdpay.merchant-registry.jdbc.poll-interval")
                        .contains("must be positive"));
    }

    /** Instances starting together on one PostgreSQL database each create the table or find it made by another. */
    @Test
    void instancesStartingTogetherAllInitializeTheTableOnPostgres() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                TestPostgres postgres = new TestPostgres();
                DataSource database = postgres.dataSource();
                postgres.create();
                try {
                    CyclicBarrier start = new CyclicBarrier(6);
                    List<Future<?>> starts = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        starts.add(pool.submit(() -> {
                            start.await();
                            JdPayMerchantJdbcConfiguration.JdbcRegistryConfiguration.initializeSchema(database);
                            return null;
                        }));
                    }
                    for (Future<?> started : starts) {
                        started.get(60, TimeUnit.SECONDS);
                    }
                    assertThat(new JdbcTemplate(database)
                                    .queryForObject("SELECT COUNT(*) FROM jdpay_merchant", Integer.class))
                            .isZero();
                } finally {
                    postgres.drop();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
