package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.JdSignedDocument;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** {@code jdpay.jd-public-keys} and {@code jdpay.merchants.<name>.jd-public-keys}: JD's keys while JD rotates its key. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayKeyRotationPropertiesTest {

    private static final JdSignedDocument N2 = JdSignedDocument.n2();

    private static final String NEWER = "classpath:keys/selftest-2048-public.pem";

    private static final String JD = "classpath:keys/jd-test-public.pem";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
            .withPropertyValues(
                    "jdpay.merchant-no=22294531",
                    "jdpay.des-key=" + TestKeys.DES_KEY,
                    "jdpay.private-key=classpath:keys/merchant-22294531-private.pem",
                    "jdpay.notify-url=https://shop.example.com/jdpay/notify");

    private final ApplicationContextRunner shop2 = this.runner.withPropertyValues(
            "jdpay.jd-public-key=" + JD,
            "jdpay.merchants.shop2.merchant-no=110025845001",
            "jdpay.merchants.shop2.des-key=GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca",
            "jdpay.merchants.shop2.private-key=classpath:keys/selftest-2048-private.pem");

    private static JdPayMerchant merchant(AssertableApplicationContext context, String name) {
        assertThat(context).hasNotFailed();
        return context.getBean(ConfiguredMerchants.class).all().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean verifiesJdsNotification(JdPayVerifier verifier) {
        return verifier.verify(N2.signed(), N2.sign());
    }

    private static String fingerprint(String location) {
        PublicKey key = KeyLoader.publicKey("test", location);
        return KeyLoader.fingerprint(key);
    }

    @Test
    void aListOfKeysVerifiesJdsNotificationWithJdsKeySecondBehindANewerOne() {
        this.runner
                .withPropertyValues("jdpay.jd-public-keys[0].key=" + NEWER, "jdpay.jd-public-keys[1].key=" + JD)
                .run(context -> {
                    JdPayVerifier verifier = merchant(context, "default").verifier();

                    assertThat(verifier).isInstanceOf(RotatingJdPayVerifier.class);
                    assertThat(((RotatingJdPayVerifier) verifier).keys())
                            .extracting(JdPublicKeyVersion::notAfter)
                            .containsExactly(null, null);
                    assertThat(verifiesJdsNotification(verifier)).isTrue();
                    assertThat(verifier.describe())
                            .containsSubsequence(
                                    "jdpay.jd-public-keys[0].key (RSA public key, fingerprint " + fingerprint(NEWER),
                                    "jdpay.jd-public-keys[1].key (RSA public key, fingerprint " + fingerprint(JD));
                    // The connection details answer the newest key: the one JD signs new messages with.
                    assertThat(KeyLoader.fingerprint(context.getBean(JdPayConnectionDetails.class)
                                    .getJdPublicKey()))
                            .isEqualTo(fingerprint(NEWER));
                });
    }

    @Test
    void oneKeyInTheListWithoutANotAfterIsThePlainVerifier() {
        this.runner.withPropertyValues("jdpay.jd-public-keys[0].key=" + JD).run(context -> {
            JdPayVerifier verifier = merchant(context, "default").verifier();

            assertThat(verifier).isInstanceOf(RsaJdPayVerifier.class);
            assertThat(verifiesJdsNotification(verifier)).isTrue();
        });
    }

    @Test
    void aListOfKeysJdNeverSignedWithRefusesJdsNotification() {
        this.runner
                .withPropertyValues(
                        "jdpay.jd-public-keys[0].key=" + NEWER,
                        "jdpay.jd-public-keys[1].key=classpath:keys/merchant-22294531-public.pem")
                .run(context -> assertThat(verifiesJdsNotification(
                                merchant(context, "default").verifier()))
                        .isFalse());
    }

    @Test
    void notAfterIsAnIsoInstantAndOneAlreadyPassedIsWarnedAboutAndNeverTried(CapturedOutput output) {
        this.runner
                .withPropertyValues(
                        "jdpay.jd-public-keys[0].key=" + NEWER,
                        "jdpay.jd-public-keys[0].not-after=2999-01-01T00:00:00Z",
                        "jdpay.jd-public-keys[1].key=" + JD,
                        "jdpay.jd-public-keys[1].not-after=2020-01-31T16:00:00Z")
                .run(context -> {
                    RotatingJdPayVerifier verifier =
                            (RotatingJdPayVerifier) merchant(context, "default").verifier();

                    assertThat(verifier.keys())
                            .extracting(JdPublicKeyVersion::notAfter)
                            .containsExactly(
                                    Instant.parse("2999-01-01T00:00:00Z"), Instant.parse("2020-01-31T16:00:00Z"));
                    assertThat(verifier.describe()).contains("not after 2020-01-31T16:00:00Z");
                    assertThat(verifiesJdsNotification(verifier)).isFalse();
                    assertThat(output)
                            .containsOnlyOnce("jdpay.jd-public-keys[1].key (fingerprint " + fingerprint(JD)
                                    + ") is past its not-after 2020-01-31T16:00:00Z")
                            .doesNotContain("jdpay.jd-public-keys[0].key (fingerprint");
                });
    }

    @Test
    void aNotAfterThatIsNotAnInstantFailsNamingItsProperty() {
        this.runner
                .withPropertyValues(
                        "jdpay.jd-public-keys[0].key=" + JD, "jdpay.jd-public-keys[0].not-after=next tuesday")
                .run(context ->
                        assertThat(context).getFailure().hasStackTraceContaining("jdpay.jd-public-keys[0].not-after"));
    }

    @Test
    void aBadKeyInTheListFailsNamingItsProperty() {
        this.runner
                .withPropertyValues(
                        "jdpay.jd-public-keys[0].key=" + JD,
                        "jdpay.jd-public-keys[1].key=classpath:keys/no-such-key.pem")
                .run(context -> assertThat(
                                JdPayKeyFailureAnalyzerTest.analysis(context).getDescription())
                        .contains("'jdpay.jd-public-keys[1].key'")
                        .contains("does not exist"));
        this.runner
                .withPropertyValues(
                        "jdpay.jd-public-keys[0].key=classpath:keys/merchant-22294531-private.pem",
                        "jdpay.jd-public-keys[1].key=" + JD)
                .run(context -> assertThat(
                                JdPayKeyFailureAnalyzerTest.analysis(context).getDescription())
                        .contains("'jdpay.jd-public-keys[0].key'")
                        .doesNotContain("MII"));
    }

    @Test
    void theSameKeyTwiceIsAnError() {
        this.runner
                .withPropertyValues("jdpay.jd-public-keys[0].key=" + JD, "jdpay.jd-public-keys[1].key=" + JD)
                .run(context -> assertThat(
                                JdPayKeyFailureAnalyzerTest.analysis(context).getDescription())
                        .contains("jdpay.jd-public-keys[1].key")
                        .contains("same key as jdpay.jd-public-keys[0].key"));
    }

    @Test
    void settingBothJdPublicKeyAndJdPublicKeysFailsNamingBoth() {
        this.runner
                .withPropertyValues("jdpay.jd-public-key=" + JD, "jdpay.jd-public-keys[0].key=" + NEWER)
                .run(context -> {
                    String description =
                            JdPayKeyFailureAnalyzerTest.analysis(context).getDescription();
                    assertThat(description).contains("jdpay.jd-public-keys").contains("jdpay.jd-public-key:");
                });
        this.shop2
                .withPropertyValues(
                        "jdpay.merchants.shop2.jd-public-key=" + JD,
                        "jdpay.merchants.shop2.jd-public-keys[0].key=" + NEWER)
                .run(context -> assertThat(JdPayKeyFailureAnalyzerTest.analysis(context))
                        .satisfies(analysis -> {
                            assertThat(analysis.getDescription())
                                    .contains("jdpay.merchants.shop2.jd-public-keys")
                                    .contains("jdpay.merchants.shop2.jd-public-key:");
                            assertThat(analysis.getAction()).contains("not both");
                        }));
    }

    @Test
    void anEmptyJdPublicKeyBesideTheListIsNotSet() {
        // As a ${JDPAY_JD_PUBLIC_KEY:} placeholder leaves it.
        this.runner
                .withPropertyValues("jdpay.jd-public-key=", "jdpay.jd-public-keys[0].key=" + JD)
                .run(context -> assertThat(verifiesJdsNotification(
                                merchant(context, "default").verifier()))
                        .isTrue());
    }

    @Test
    void anExtraMerchantHasAListOfItsOwn() {
        this.shop2
                .withPropertyValues(
                        "jdpay.merchants.shop2.jd-public-keys[0].key=" + NEWER,
                        "jdpay.merchants.shop2.jd-public-keys[1].key=" + JD,
                        "jdpay.merchants.shop2.jd-public-keys[1].not-after=2999-01-01T00:00:00Z")
                .run(context -> {
                    JdPayVerifier shop2 = merchant(context, "shop2").verifier();

                    assertThat(shop2).isInstanceOf(RotatingJdPayVerifier.class);
                    assertThat(shop2.describe())
                            .contains("jdpay.merchants.shop2.jd-public-keys[0].key")
                            .contains("jdpay.merchants.shop2.jd-public-keys[1].key")
                            .contains("not after 2999-01-01T00:00:00Z");
                    assertThat(verifiesJdsNotification(shop2)).isTrue();
                    assertThat(merchant(context, "default").verifier()).isInstanceOf(RsaJdPayVerifier.class);
                });
    }

    @Test
    void anExtraMerchantWithoutKeysOfItsOwnUsesTheTopLevelList() {
        this.shop2
                .withPropertyValues(
                        "jdpay.jd-public-key=",
                        "jdpay.jd-public-keys[0].key=" + NEWER,
                        "jdpay.jd-public-keys[1].key=" + JD)
                .run(context -> assertThat(merchant(context, "shop2").verifier())
                        .isSameAs(merchant(context, "default").verifier())
                        .isInstanceOf(RotatingJdPayVerifier.class));
    }

    @Test
    void anApplicationsOwnVerifierIsKept() {
        JdPayVerifier own = new RsaJdPayVerifier(TestKeys.jdPublicKey(), "the application's");
        this.runner
                .withBean(JdPayVerifier.class, () -> own)
                .withPropertyValues("jdpay.jd-public-keys[0].key=" + NEWER, "jdpay.jd-public-keys[1].key=" + JD)
                .run(context ->
                        assertThat(merchant(context, "default").verifier()).isSameAs(own));
    }

    @Test
    void keysAreLoggedByFingerprintOnly(CapturedOutput output) {
        this.runner
                .withPropertyValues("jdpay.jd-public-keys[0].key=" + NEWER, "jdpay.jd-public-keys[1].key=" + JD)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(output)
                            .containsOnlyOnce(
                                    "JD Pay key jdpay.jd-public-keys[0].key: fingerprint " + fingerprint(NEWER))
                            .containsOnlyOnce("JD Pay key jdpay.jd-public-keys[1].key: fingerprint " + fingerprint(JD))
                            .doesNotContain(TestKeys.resource("keys/jd-test-public.pem")
                                    .lines()
                                    .skip(1)
                                    .findFirst()
                                    .orElseThrow());
                });
    }

    @Test
    void theDocumentedYamlBinds() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("jd-key-rotation", new ClassPathResource("rotation/jd-key-rotation.yml"));
        this.runner
                .withInitializer(context -> yaml.forEach(
                        source -> context.getEnvironment().getPropertySources().addFirst(source)))
                .run(context -> {
                    RotatingJdPayVerifier verifier =
                            (RotatingJdPayVerifier) merchant(context, "default").verifier();

                    assertThat(verifier.keys())
                            .extracting(JdPublicKeyVersion::notAfter)
                            .containsExactly(null, Instant.parse("2027-02-01T02:00:00Z"));
                    assertThat(verifier.describe())
                            .containsSubsequence(fingerprint(NEWER), fingerprint(JD), "not after 2027-02-01T02:00:00Z");
                });
    }
}
