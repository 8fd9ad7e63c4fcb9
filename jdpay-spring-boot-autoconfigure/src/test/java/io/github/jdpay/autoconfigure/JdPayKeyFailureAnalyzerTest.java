package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A key that cannot be used stops start-up with a report naming the property and the fix. */
class JdPayKeyFailureAnalyzerTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES);

    static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new JdPayKeyFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis)
                .as("failure analysis of %s", context.getStartupFailure())
                .isNotNull();
        return analysis;
    }

    @Test
    void missingDesKeyIsNamed() {
        this.runner.withPropertyValues("jdpay.des-key=").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("'jdpay.des-key'").contains("is not set");
            assertThat(analysis.getAction()).contains("jdpay.des-key").contains("24 bytes");
        });
    }

    @Test
    void desKeyOfTheWrongLengthIsNamed() {
        this.runner.withPropertyValues("jdpay.des-key=AAAAAAAAAAAAAAAAAAAAAA==").run(context -> assertThat(
                        analysis(context).getDescription())
                .contains("jdpay.des-key")
                .contains("24 bytes but decodes to 16"));
    }

    @Test
    void malformedPrivateKeyIsNamed() {
        this.runner.withPropertyValues("jdpay.private-key=not a key").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("jdpay.private-key");
            assertThat(analysis.getAction()).contains("PKCS#8").contains("classpath:");
        });
    }

    @Test
    void missingKeyFileIsNamed() {
        this.runner
                .withPropertyValues("jdpay.private-key=classpath:keys/nope.pem")
                .run(context -> assertThat(analysis(context).getDescription())
                        .contains("jdpay.private-key")
                        .contains("keys/nope.pem"));
    }

    @Test
    void privateKeyWhereJdsPublicKeyBelongsIsNamed() {
        this.runner
                .withPropertyValues("jdpay.jd-public-key=classpath:keys/merchant-22294531-private.pem")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription())
                            .contains("jdpay.jd-public-key")
                            .contains("private key");
                    assertThat(analysis.getAction()).contains("JD's RSA public key");
                });
    }

    @Test
    void missingJdPublicKeyIsNamed() {
        this.runner
                .withPropertyValues("jdpay.jd-public-key=")
                .run(context -> assertThat(analysis(context).getDescription()).contains("jdpay.jd-public-key"));
    }

    @Test
    void reportNeverShowsKeyMaterial() {
        this.runner
                .withPropertyValues("jdpay.jd-public-key=" + TestKeys.resource("keys/merchant-22294531-private.pem"))
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription() + analysis.getAction())
                            .doesNotContain("MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALXf6twUqul1TATO");
                });
    }

    @Test
    void analyzerIsRegistered() {
        // Boot's own analyzers need constructor arguments a bare loader does not have: skip them.
        SpringFactoriesLoader.FailureHandler skip = (type, implementation, failure) -> {};
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null, skip))
                .hasAtLeastOneElementOfType(JdPayKeyFailureAnalyzer.class);
    }
}
