package io.github.jdpay.merchant.jdbc;

import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.MERCHANT_PRIVATE;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.MERCHANT_PUBLIC;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.SELFTEST_PRIVATE;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.SELFTEST_PUBLIC;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.accepts;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.ciphersWith;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.merchant;
import static io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistryContract.signsFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.sql.DataSource;
import org.h2.Driver;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** What the key columns of {@link JdbcJdPayMerchantRegistry} may hold, and how they are resolved, on H2. */
class JdbcJdPayMerchantKeysTest {

    private final DataSource dataSource = new SimpleDriverDataSource(
            new Driver(), "jdbc:h2:mem:jdpay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

    /** The test's secret store: {@code vault:} locations and the key text they hold, and how often each is asked. */
    private final Map<String, String> vault = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    private final JdPayKeyResolver vaultResolver = location -> {
        if (!location.startsWith("vault:")) {
            return null;
        }
        this.asked.computeIfAbsent(location, l -> new AtomicInteger()).incrementAndGet();
        String text = this.vault.get(location);
        if (text == null) {
            throw new IllegalStateException("no secret at " + location);
        }
        return text;
    };

    @BeforeEach
    void table() {
        new ResourceDatabasePopulator(new ClassPathResource(JdbcJdPayMerchantRegistry.SCHEMA)).execute(this.dataSource);
        this.vault.put("vault:shop/des", TestKeys.DES_KEY);
        this.vault.put("vault:shop/private", TestKeys.resource("keys/merchant-22294531-private.pem"));
        this.vault.put("vault:jd/public", TestKeys.resource("keys/selftest-2048-public.pem"));
    }

    private void insert(
            String name,
            String merchantNo,
            @Nullable String desKey,
            @Nullable String privateKey,
            @Nullable String jdPublicKey) {
        this.jdbc.update(
                "INSERT INTO jdpay_merchant (name, merchant_no, des_key, private_key, jd_public_key, enabled, version)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, 1)",
                name,
                merchantNo,
                desKey,
                privateKey,
                jdPublicKey);
    }

    private JdbcJdPayMerchantRegistry.Builder builder() {
        return JdbcJdPayMerchantRegistry.builder(this.dataSource).resolver(this.vaultResolver);
    }

    private JdbcJdPayMerchantRegistry refreshed(JdbcJdPayMerchantRegistry.Builder builder) {
        JdbcJdPayMerchantRegistry registry = builder.build();
        registry.refresh();
        return registry;
    }

    /** AES-GCM as the application's own tooling would seal a key: the JDK's cipher, not the registry's code. */
    private static String sealed(SecretKey kek, String keyText) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
        byte[] ciphertext = cipher.doFinal(keyText.getBytes(StandardCharsets.UTF_8));
        return "kek:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(12 + ciphertext.length)
                                .put(nonce)
                                .put(ciphertext)
                                .array());
    }

    private static SecretKey aesKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    @Test
    void aKeyInAColumnIsRefusedUnlessAllowed() {
        insert("shop1", "22294531", TestKeys.DES_KEY, MERCHANT_PRIVATE, MERCHANT_PUBLIC);

        JdbcJdPayMerchantRegistry refusing = refreshed(builder());

        assertThat(refusing.merchants().size()).isZero();
        assertThat(refusing.rejected().get("shop1"))
                .startsWith("des_key: holds a key itself, not its location")
                .contains("jdpay.merchant-registry.jdbc.allow-plaintext-keys=true")
                .doesNotContain(TestKeys.DES_KEY);

        JdbcJdPayMerchantRegistry allowing = refreshed(builder().allowPlaintextKeys(true));

        assertThat(ciphersWith(merchant(allowing, "shop1"), TestKeys.DES_KEY)).isTrue();
        assertThat(allowing.rejected()).isEmpty();
    }

    @Test
    void kekLocationsAreDecryptedWithTheApplicationsKey() throws Exception {
        SecretKey kek = aesKey();
        insert(
                "shop1",
                "22294531",
                sealed(kek, TestKeys.DES_KEY),
                sealed(kek, TestKeys.resource("keys/merchant-22294531-private.pem")),
                sealed(kek, TestKeys.resource("keys/selftest-2048-public.pem")));

        JdbcJdPayMerchantRegistry registry = refreshed(builder().keyEncryptionKey(() -> kek));

        JdPayMerchant shop1 = merchant(registry, "shop1");
        assertThat(ciphersWith(shop1, TestKeys.DES_KEY)).isTrue();
        assertThat(signsFor(shop1, MERCHANT_PUBLIC)).isTrue();
        assertThat(accepts(shop1, SELFTEST_PRIVATE)).isTrue();
        assertThat(shop1.jdKeyDescription()).contains("jd_public_key at a kek: location");
    }

    @Test
    void aKekLocationWithAnotherKeyOrNoKeyIsRefused() throws Exception {
        SecretKey kek = aesKey();
        insert("shop1", "22294531", sealed(kek, TestKeys.DES_KEY), MERCHANT_PRIVATE, MERCHANT_PUBLIC);
        SecretKey other = aesKey();

        assertThat(refreshed(builder().keyEncryptionKey(() -> other)).rejected().get("shop1"))
                .isEqualTo("des_key: kek: location does not decrypt under the key encryption key (another key, or"
                        + " damaged ciphertext)");
        assertThat(refreshed(builder()).rejected().get("shop1"))
                .isEqualTo("des_key: no JdPayKeyResolver handles 'kek:' locations (no JdPayKeyEncryptionKey is"
                        + " configured)");
    }

    @Test
    void encryptMakesLocationsThatResolveEachWithItsOwnNonce() throws Exception {
        SecretKey kek = aesKey();
        String once = KekJdPayKeyResolver.encrypt(kek, TestKeys.DES_KEY);
        String twice = KekJdPayKeyResolver.encrypt(kek, TestKeys.DES_KEY);

        assertThat(once).startsWith("kek:").isNotEqualTo(twice).doesNotContain(TestKeys.DES_KEY);
        assertThat(new KekJdPayKeyResolver(() -> kek).resolve(once)).isEqualTo(TestKeys.DES_KEY);
        assertThat(new KekJdPayKeyResolver(() -> kek).resolve("file:/x")).isNull();
    }

    @Test
    void theApplicationsResolverHandlesItsScheme() {
        insert("shop1", "22294531", "vault:shop/des", "vault:shop/private", "vault:jd/public");
        insert("shop2", "110025845001", "vault:shop/des", "vault:missing", "vault:jd/public");
        insert("shop3", "110025845002", "vault:shop/des", "http://keys.example.com/private", "vault:jd/public");

        JdbcJdPayMerchantRegistry registry = refreshed(builder());

        JdPayMerchant shop1 = merchant(registry, "shop1");
        assertThat(ciphersWith(shop1, TestKeys.DES_KEY)).isTrue();
        assertThat(signsFor(shop1, MERCHANT_PUBLIC)).isTrue();
        assertThat(accepts(shop1, SELFTEST_PRIVATE)).isTrue();
        assertThat(registry.rejected())
                .containsOnlyKeys("shop2", "shop3")
                .hasEntrySatisfying("shop2", reason -> assertThat(reason)
                        .startsWith("private_key: cannot be resolved by ")
                        .contains("no secret at vault:missing"))
                .containsEntry("shop3", "private_key: no JdPayKeyResolver handles 'http:' locations");
    }

    @Test
    void aMissingFileOrClassPathResourceIsNamed() {
        insert("shop1", "22294531", "vault:shop/des", "classpath:keys/none.pem", "file:/nonexistent/jd.pem");
        insert("shop2", "110025845001", "vault:shop/des", MERCHANT_PRIVATE, "file:/nonexistent/jd.pem");

        assertThat(refreshed(builder()).rejected())
                .containsEntry("shop1", "private_key: classpath:keys/none.pem does not exist")
                .containsEntry("shop2", "jd_public_key: file:/nonexistent/jd.pem does not exist");
    }

    @Test
    void aLocationMustResolveToAKeyNotToAnotherLocation() {
        this.vault.put("vault:indirect", "file:/etc/hostname");
        insert("shop1", "22294531", "vault:indirect", MERCHANT_PRIVATE, MERCHANT_PUBLIC);

        assertThat(refreshed(builder()).rejected())
                .containsEntry("shop1", "des_key: resolves to another location rather than a key");
    }

    @Test
    void jdPublicKeyHoldsSeveralLocationsNewestFirst() {
        insert("shop1", "22294531", "vault:shop/des", MERCHANT_PRIVATE, SELFTEST_PUBLIC + " , " + MERCHANT_PUBLIC);

        JdPayMerchant shop1 = merchant(refreshed(builder()), "shop1");

        assertThat(accepts(shop1, SELFTEST_PRIVATE)).isTrue();
        assertThat(accepts(shop1, MERCHANT_PRIVATE)).isTrue();
        assertThat(accepts(shop1, "classpath:keys/merchant-22294531-private-pkcs1.pem"))
                .isTrue();
        assertThat(shop1.jdKeyDescription())
                .containsSubsequence(
                        KeyLoader.fingerprint(KeyLoader.publicKey("k", SELFTEST_PUBLIC)),
                        KeyLoader.fingerprint(TestKeys.merchantPublicKey()));
    }

    @Test
    void aCryptoProviderSuppliesTheCryptoOfTheMerchantsItKnows() {
        JdPayMerchantCrypto hsm = new JdPayMerchantCrypto(
                TestKeys.cipher(TestKeys.DES_KEY),
                new io.github.jdpay.crypto.RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new io.github.jdpay.crypto.RsaJdPayVerifier(TestKeys.jdPublicKey()));
        insert("hsm", "22294531", null, null, null);
        insert("plain", "110025845001", "vault:shop/des", null, "vault:jd/public");

        JdbcJdPayMerchantRegistry registry =
                refreshed(builder().cryptoProvider(name -> "hsm".equals(name) ? hsm : null));

        assertThat(merchant(registry, "hsm").signer()).isSameAs(hsm.signer());
        assertThat(registry.rejected()).containsOnlyKeys("plain").containsEntry("plain", "private_key: is not set");
    }

    @Test
    void theMd5KeyIsALocationToo() {
        this.vault.put("vault:shop/md5", "  md5-secret\n");
        insert("shop1", "22294531", "vault:shop/des", MERCHANT_PRIVATE, MERCHANT_PUBLIC);
        this.jdbc.update("UPDATE jdpay_merchant SET md5_key = 'vault:shop/md5'");

        assertThat(merchant(refreshed(builder()), "shop1").md5Key()).isEqualTo("md5-secret");
    }

    @Test
    void aThousandMerchantsOnTheSameKeysResolveEachLocationOncePerRefresh() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Object[] {"shop" + i, String.valueOf(110000000000L + i)});
        }
        this.jdbc.batchUpdate(
                "INSERT INTO jdpay_merchant (name, merchant_no, des_key, private_key, jd_public_key, enabled, version)"
                        + " VALUES (?, ?, 'vault:shop/des', 'vault:shop/private', 'vault:jd/public', TRUE, 1)",
                rows);

        JdbcJdPayMerchantRegistry registry = refreshed(builder());

        assertThat(registry.merchants().size()).isEqualTo(1000);
        assertThat(registry.rejected()).isEmpty();
        assertThat(this.asked)
                .containsOnlyKeys("vault:shop/des", "vault:shop/private", "vault:jd/public")
                .allSatisfy((location, count) -> assertThat(count).hasValue(1));

        this.jdbc.update("UPDATE jdpay_merchant SET version = 2 WHERE name IN ('shop1', 'shop2')");
        registry.refresh();

        assertThat(this.asked).allSatisfy((location, count) -> assertThat(count).hasValue(2));
    }

    @Test
    void theAggregateMerchantsNameIsRefused() {
        insert("aggregate", "22294531", "vault:shop/des", MERCHANT_PRIVATE, MERCHANT_PUBLIC);

        assertThat(refreshed(builder()).rejected()).containsKey("aggregate");
    }

    @Test
    void startReadsTheTableEveryInterval() throws Exception {
        CountDownLatch reads = new CountDownLatch(2);
        DataSource counting = new DelegatingDataSource(this.dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                reads.countDown();
                return super.getConnection();
            }
        };
        insert("shop1", "22294531", "vault:shop/des", MERCHANT_PRIVATE, MERCHANT_PUBLIC);
        try (JdbcJdPayMerchantRegistry registry = JdbcJdPayMerchantRegistry.builder(counting)
                .resolver(this.vaultResolver)
                .build()) {
            registry.start(java.time.Duration.ofMillis(5));

            // The second read starts after the first refresh ended: polls run one after the other on one thread.
            assertThat(reads.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(registry.merchants().names()).containsExactly("shop1");
        }
    }
}
