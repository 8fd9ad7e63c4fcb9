package io.github.jdpay.merchant.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * {@link JdbcJdPayMerchantRegistry} on a real database: rows added, changed, disabled and removed, keys that fail,
 * a database that fails; the keys' own variants (resolvers, {@code kek:}, several JD keys) are in
 * {@link JdbcJdPayMerchantKeysTest} on H2.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class JdbcJdPayMerchantRegistryContract {

    static final String MERCHANT_PRIVATE = "classpath:keys/merchant-22294531-private.pem";

    static final String MERCHANT_PUBLIC = "classpath:keys/merchant-22294531-public.pem";

    static final String SELFTEST_PRIVATE = "classpath:keys/selftest-2048-private.pem";

    static final String SELFTEST_PUBLIC = "classpath:keys/selftest-2048-public.pem";

    /** jdpay-v2.md A.5's DES key, beside A.1's {@link TestKeys#DES_KEY}. */
    static final String OTHER_DES_KEY = "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca";

    static final byte[] PROBE = "tradeNum=order-1".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path keys;

    String desKey = "";

    String otherDesKey = "";

    JdbcTemplate jdbc = new JdbcTemplate();

    /** The registry's database, which a test can take down. */
    final Outage database = new Outage();

    /** A fresh data source on the test's database. */
    abstract DataSource dataSource();

    @BeforeEach
    void emptyTable() throws IOException {
        DataSource dataSource = dataSource();
        new ResourceDatabasePopulator(new ClassPathResource(JdbcJdPayMerchantRegistry.SCHEMA)).execute(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.update("DELETE FROM " + JdbcJdPayMerchantRegistry.TABLE);
        this.database.setTargetDataSource(dataSource);
        this.desKey = file("des.txt", TestKeys.DES_KEY + "\n");
        this.otherDesKey = file("other-des.txt", OTHER_DES_KEY);
    }

    String file(String name, String content) throws IOException {
        Path path = this.keys.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return "file:" + path;
    }

    void insert(String name, String merchantNo, String desKey, String privateKey, String jdPublicKey, long version) {
        this.jdbc.update(
                "INSERT INTO jdpay_merchant (name, merchant_no, des_key, private_key, jd_public_key, notify_url,"
                        + " enabled, version) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)",
                name,
                merchantNo,
                desKey,
                privateKey,
                jdPublicKey,
                "https://" + name + ".example.com/jdpay/notify",
                version);
    }

    void change(String name, String column, @Nullable Object value, long version) {
        this.jdbc.update(
                "UPDATE jdpay_merchant SET " + column + " = ?, version = ? WHERE name = ?", value, version, name);
    }

    JdbcJdPayMerchantRegistry registry() {
        return JdbcJdPayMerchantRegistry.builder(this.database).build();
    }

    static JdPayMerchant merchant(JdbcJdPayMerchantRegistry registry, String name) {
        return Objects.requireNonNull(registry.merchants().byName(name), name);
    }

    /** Whether the merchant signs with the private key whose public half is at {@code publicKey}. */
    static boolean signsFor(JdPayMerchant merchant, String publicKey) {
        return new RsaJdPayVerifier(KeyLoader.publicKey("k", publicKey))
                .verify(PROBE, merchant.signer().sign(PROBE));
    }

    /** Whether the merchant accepts what the private key at {@code privateKey} signed, as JD would sign. */
    static boolean accepts(JdPayMerchant merchant, String privateKey) {
        return merchant.verifier().verify(PROBE, new RsaJdPaySigner(KeyLoader.privateKey("k", privateKey)).sign(PROBE));
    }

    /** Whether the merchant's cipher is 3DES under {@code desKey}: it decrypts what that key encrypted. */
    static boolean ciphersWith(JdPayMerchant merchant, String desKey) {
        byte[] sealed = new JdTripleDesCipher(KeyLoader.desKey("d", desKey)).encrypt(PROBE);
        try {
            return java.util.Arrays.equals(merchant.cipher().decrypt(sealed), PROBE);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    @Test
    void enabledRowsAreTheMerchants() {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, SELFTEST_PUBLIC, 1);
        insert("shop2", "110025845001", this.otherDesKey, SELFTEST_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        assertThat(registry.merchants().size()).isZero();

        registry.refresh();

        assertThat(registry.merchants().names()).containsExactly("shop1", "shop2");
        JdPayMerchant shop1 = merchant(registry, "shop1");
        assertThat(registry.merchants().byMerchantNo("22294531")).isSameAs(shop1);
        assertThat(shop1.notifyUrl()).isEqualTo("https://shop1.example.com/jdpay/notify");
        assertThat(shop1.md5Key()).isNull();
        assertThat(signsFor(shop1, MERCHANT_PUBLIC)).isTrue();
        assertThat(accepts(shop1, SELFTEST_PRIVATE)).isTrue();
        assertThat(ciphersWith(shop1, TestKeys.DES_KEY)).isTrue();
        JdPayMerchant shop2 = merchant(registry, "shop2");
        assertThat(signsFor(shop2, SELFTEST_PUBLIC)).isTrue();
        assertThat(accepts(shop2, MERCHANT_PRIVATE)).isTrue();
        assertThat(ciphersWith(shop2, OTHER_DES_KEY)).isTrue();
        assertThat(registry.rejected()).isEmpty();
    }

    @Test
    void aNewVersionWithNewKeyLocationsReplacesTheKeys() {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();
        JdPayMerchant before = merchant(registry, "shop1");

        this.jdbc.update(
                "UPDATE jdpay_merchant SET des_key = ?, private_key = ?, jd_public_key = ?, version = 2"
                        + " WHERE name = 'shop1'",
                this.otherDesKey,
                SELFTEST_PRIVATE,
                SELFTEST_PUBLIC);
        registry.refresh();

        JdPayMerchant after = merchant(registry, "shop1");
        assertThat(after).isNotSameAs(before);
        assertThat(signsFor(after, SELFTEST_PUBLIC)).isTrue();
        assertThat(signsFor(after, MERCHANT_PUBLIC)).isFalse();
        assertThat(accepts(after, SELFTEST_PRIVATE)).isTrue();
        assertThat(accepts(after, MERCHANT_PRIVATE)).isFalse();
        assertThat(ciphersWith(after, OTHER_DES_KEY)).isTrue();
        assertThat(ciphersWith(after, TestKeys.DES_KEY)).isFalse();
    }

    @Test
    void aRowWhoseVersionDidNotChangeIsNotReadAgain() {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 7);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();
        JdPayMerchant before = merchant(registry, "shop1");

        this.jdbc.update("UPDATE jdpay_merchant SET private_key = ? WHERE name = 'shop1'", SELFTEST_PRIVATE);
        registry.refresh();

        assertThat(merchant(registry, "shop1")).isSameAs(before);
    }

    @Test
    void removedAndDisabledRowsAreRemoved() {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 1);
        insert("shop2", "110025845001", this.otherDesKey, SELFTEST_PRIVATE, MERCHANT_PUBLIC, 1);
        insert("shop3", "110025845002", this.otherDesKey, SELFTEST_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();

        this.jdbc.update("DELETE FROM jdpay_merchant WHERE name = 'shop1'");
        change("shop2", "enabled", false, 2);
        registry.refresh();

        assertThat(registry.merchants().names()).containsExactly("shop3");
        assertThat(registry.merchants().byMerchantNo("22294531")).isNull();
        assertThat(registry.merchants().byMerchantNo("110025845001")).isNull();

        change("shop2", "enabled", true, 3);
        registry.refresh();

        assertThat(registry.merchants().names()).containsExactly("shop2", "shop3");
    }

    @Test
    void aBadKeyKeepsThePreviousVersionUntilALaterOneFixesIt(CapturedOutput output) throws IOException {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();
        JdPayMerchant good = merchant(registry, "shop1");
        String damaged = file("damaged-des.txt", TestKeys.DES_KEY.substring(0, 30));

        change("shop1", "des_key", damaged, 2);
        insert("shop2", "110025845001", this.otherDesKey, "classpath:keys/ec-private.pem", MERCHANT_PUBLIC, 1);
        registry.refresh();
        registry.refresh();

        assertThat(merchant(registry, "shop1")).isSameAs(good);
        assertThat(registry.merchants().names()).containsExactly("shop1");
        assertThat(registry.rejected()).containsOnlyKeys("shop1", "shop2");
        assertThat(registry.rejected().get("shop1")).startsWith("des_key: ").contains("24 bytes");
        assertThat(registry.rejected().get("shop2")).startsWith("private_key: ").contains("RSA");
        assertThat(output.getOut().lines().filter(line -> line.contains("JD Pay merchant 'shop1' refused")))
                .singleElement()
                .asString()
                .contains("WARN", "version 2", "version 1 stays in use", "des_key")
                .doesNotContain(TestKeys.DES_KEY.substring(0, 30));
        assertThat(output.getOut().lines().filter(line -> line.contains("JD Pay merchant 'shop2' refused")))
                .singleElement()
                .asString()
                .contains("not in use");

        change("shop1", "des_key", this.otherDesKey, 3);
        change("shop2", "private_key", SELFTEST_PRIVATE, 2);
        registry.refresh();

        assertThat(registry.rejected()).isEmpty();
        assertThat(ciphersWith(merchant(registry, "shop1"), OTHER_DES_KEY)).isTrue();
        assertThat(signsFor(merchant(registry, "shop2"), SELFTEST_PUBLIC)).isTrue();
    }

    @Test
    void aRefusedMerchantsVersionInUseGoesWhenAnotherRowTakesItsMerchantNumber() {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 1);
        insert("shop2", "110025845001", this.otherDesKey, SELFTEST_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();

        this.jdbc.update("UPDATE jdpay_merchant SET merchant_no = '110025845009', private_key = 'classpath:none.pem',"
                + " version = 2 WHERE name = 'shop1'");
        this.jdbc.update("UPDATE jdpay_merchant SET merchant_no = '22294531', version = 2 WHERE name = 'shop2'");
        registry.refresh();

        assertThat(registry.merchants().names()).containsExactly("shop2");
        assertThat(registry.merchants().byMerchantNo("22294531")).isSameAs(merchant(registry, "shop2"));
        assertThat(registry.rejected().get("shop1"))
                .startsWith("private_key: classpath:none.pem does not exist")
                .endsWith("its version in use is withdrawn too, merchant 'shop2' has its merchant_no now");

        change("shop1", "private_key", MERCHANT_PRIVATE, 3);
        registry.refresh();

        assertThat(registry.merchants().names()).containsExactly("shop1", "shop2");
        assertThat(registry.rejected()).isEmpty();
    }

    @Test
    void aFailingDatabaseKeepsTheMerchantsAndIsLoggedOnce(CapturedOutput output) {
        insert("shop1", "22294531", this.desKey, MERCHANT_PRIVATE, MERCHANT_PUBLIC, 1);
        JdbcJdPayMerchantRegistry registry = registry();
        registry.refresh();
        JdPayMerchant shop1 = merchant(registry, "shop1");
        this.jdbc.update("DELETE FROM jdpay_merchant");

        this.database.down.set(true);
        assertThatExceptionOfType(DataAccessException.class).isThrownBy(registry::refresh);
        registry.poll();
        registry.poll();

        assertThat(registry.merchants().names()).containsExactly("shop1");
        assertThat(merchant(registry, "shop1")).isSameAs(shop1);
        assertThat(output.getOut().lines().filter(line -> line.contains("cannot be read")))
                .singleElement()
                .asString()
                .contains("WARN", "jdpay_merchant", "database is down");
        assertThat(output.getOut()).doesNotContain("\tat ");

        this.database.down.set(false);
        registry.poll();

        assertThat(registry.merchants().names()).isEmpty();
        assertThat(output.getOut()).contains("JD Pay merchant table jdpay_merchant can be read again");
    }

    /** A data source that refuses connections while {@link #down} is set. */
    static final class Outage extends DelegatingDataSource {

        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public Connection getConnection() throws SQLException {
            if (this.down.get()) {
                throw new SQLException("database is down");
            }
            return super.getConnection();
        }
    }
}
