package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.observation.JdPayInfoContributor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@link JdPayMerchantRegistry} bean: the configured merchants by default, or the application's own, which the
 * template, the notification endpoint and the health and info contributors then use, without {@code jdpay.merchant-no}.
 */
class JdPayMerchantRegistryAutoConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class));

    // tag::own-registry[]
    /** JD's N2 merchant (22294531) as an application's registry holds it, under a name of its own. */
    private static JdPayMerchant shop(String name, String merchantNo) {
        return JdPayMerchant.builder(name, merchantNo)
                .cipher(TestKeys.cipher(TestKeys.DES_KEY))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .build();
    }

    private static JdPayMerchantDirectory ownRegistry() {
        JdPayMerchantDirectory directory = new JdPayMerchantDirectory();
        directory.put(shop("tea-shop", TestKeys.MERCHANT));
        return directory;
    }
    // end::own-registry[]

    @Test
    void theReadmesManyMerchantsPropertiesGiveOneRegistrySharingOneKeyFile() throws Exception {
        List<String> settings = new ArrayList<>();
        for (PropertySource<?> source :
                new YamlPropertySourceLoader().load("readme", new ClassPathResource("merchants/many-merchants.yml"))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                settings.add(name + "=" + source.getProperty(name));
            }
        }
        this.runner.withPropertyValues(settings.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            JdPayMerchants merchants =
                    context.getBean(JdPayMerchantRegistry.class).merchants();
            assertThat(merchants.names()).containsExactly("default", "tea-shop", "herb-shop");
            JdPayMerchant teaShop = java.util.Objects.requireNonNull(merchants.byName("tea-shop"));
            JdPayMerchant herbShop = java.util.Objects.requireNonNull(merchants.byName("herb-shop"));
            assertThat(herbShop.signer()).isSameAs(teaShop.signer());
            assertThat(herbShop.cipher()).isNotSameAs(teaShop.cipher());
            assertThat(context.getBean(JdPayTemplate.class)
                            .forMerchant("tea-shop")
                            .merchantNo())
                    .isEqualTo("110025845001");
        });
    }

    @Test
    void theDefaultRegistryHoldsTheConfiguredMerchantsAndTheTemplateUsesIt() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withPropertyValues(
                        "jdpay.merchants.shop2.merchant-no=110025845001",
                        "jdpay.merchants.shop2.des-key=GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca",
                        "jdpay.merchants.shop2.private-key=classpath:keys/selftest-2048-private.pem")
                .run(context -> {
                    JdPayMerchantRegistry registry = context.getBean(JdPayMerchantRegistry.class);
                    assertThat(registry).isInstanceOf(JdPayMerchantDirectory.class);
                    assertThat(registry.merchants().names()).containsExactly("default", "shop2");
                    assertThat(registry.merchants().byMerchantNo("110025845001"))
                            .extracting(JdPayMerchant::name)
                            .isEqualTo("shop2");
                    JdPayTemplate template = context.getBean(JdPayTemplate.class);
                    assertThat(template.merchantName()).isEqualTo("default");

                    ((JdPayMerchantDirectory) registry).put(shop("shop3", "110025845003"));

                    assertThat(template.forMerchant("shop3").merchantNo()).isEqualTo("110025845003");
                });
    }

    @Test
    void twoConfiguredMerchantsWithOneNumberStopStartUpNamingTheProperty() {
        this.runner
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withPropertyValues(
                        "jdpay.merchants.shop2.merchant-no=22294531",
                        "jdpay.merchants.shop2.des-key=" + TestKeys.DES_KEY,
                        "jdpay.merchants.shop2.private-key=classpath:keys/merchant-22294531-private.pem")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("jdpay.merchants")
                        .hasMessageContaining("same merchant number"));
    }

    @Test
    void anOwnRegistryReplacesTheDefaultAndNeedsNoMerchantNumber() {
        JdPayMerchantDirectory own = ownRegistry();
        this.runner.withBean(JdPayMerchantRegistry.class, () -> own).run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(JdPayMerchantRegistry.class)
                    .doesNotHaveBean(JdPayCipher.class)
                    .doesNotHaveBean(JdPaySigner.class);
            JdPayTemplate template = context.getBean(JdPayTemplate.class);
            assertThatThrownBy(template::merchantName)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("forMerchant(name)");

            own.put(shop("late-shop", "110025845009"));

            assertThat(template.forMerchant("tea-shop").merchantNo()).isEqualTo(TestKeys.MERCHANT);
            assertThat(template.forMerchant("late-shop").merchantNo()).isEqualTo("110025845009");
        });
    }

    @Test
    void theDefaultMerchantPropertyPicksTheTemplatesMerchant() {
        this.runner
                .withBean(JdPayMerchantRegistry.class, JdPayMerchantRegistryAutoConfigurationTest::ownRegistry)
                .withPropertyValues("jdpay.default-merchant=tea-shop")
                .run(context -> {
                    JdPayOperations template = context.getBean(JdPayOperations.class);
                    assertThat(template.merchantName()).isEqualTo("tea-shop");
                    assertThat(template.merchantNo()).isEqualTo(TestKeys.MERCHANT);
                });
    }

    @Test
    void aDefaultMerchantTheRegistryDoesNotHaveStopsStartUpNamingTheProperty() {
        this.runner
                .withBean(JdPayMerchantRegistry.class, JdPayMerchantRegistryAutoConfigurationTest::ownRegistry)
                .withPropertyValues("jdpay.default-merchant=coffee-shop")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("jdpay.default-merchant")
                        .hasMessageContaining("'coffee-shop'")
                        .hasMessageContaining("[tea-shop]"));
    }

    @Test
    void theNotificationEndpointOpensNotificationsForAnOwnRegistrysMerchants() {
        new WebApplicationContextRunner()
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
                .withBean(Clock.class, () -> JdPayNotifyEndpointTest.AFTER_N2)
                .withBean(JdPayMerchantRegistry.class, JdPayMerchantRegistryAutoConfigurationTest::ownRegistry)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdPayNotificationRoute.class);

                    JdPayNotifyEndpointTest.postN2(context)
                            .andExpect(status().isOk())
                            .andExpect(content().string("success"));
                    JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", JdNotifications.envelope("N1"))
                            .andExpect(status().is4xxClientError());

                    assertThat(context.getBean(NotifyHandlers.Payments.class).merchants)
                            .containsExactly("tea-shop");
                });
    }

    @Test
    void withoutMerchantNumberOrRegistryNothingIsConfigured() {
        new WebApplicationContextRunner()
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(JdPayMerchantRegistry.class)
                        .doesNotHaveBean(JdPayOperations.class)
                        .doesNotHaveBean(JdPayNotificationRoute.class));
    }

    @Test
    void anOwnRegistryIsIgnoredWhenJdPayIsSwitchedOff() {
        new WebApplicationContextRunner()
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .withBean(JdPayMerchantRegistry.class, JdPayMerchantRegistryAutoConfigurationTest::ownRegistry)
                .withPropertyValues("jdpay.enabled=false")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(JdPayOperations.class)
                        .doesNotHaveBean(JdPayNotificationRoute.class));
    }

    @Test
    void healthAndInfoOfAThousandMerchantsStayBoundedAndRefusedChangesKeepTheStatusUp() {
        List<JdPayMerchant> thousand = new ArrayList<>();
        for (int n = 0; n < 1_000; n++) {
            thousand.add(shop("shop" + n, Integer.toString(1_000_000 + n)));
        }
        JdPayMerchantDirectory directory = new JdPayMerchantDirectory(JdPayMerchants.of(thousand));
        JdPayCipher halfRotated = new JdPayCipher() {
            // A DES key changed on one side only, as a half-done rotation leaves it.
            private final JdPayCipher encrypting = TestKeys.cipher(TestKeys.DES_KEY);

            private final JdPayCipher decrypting = TestKeys.cipher(TestKeys.DES_KEY_110148035005);

            @Override
            public byte[] encrypt(byte[] plaintext) {
                return this.encrypting.encrypt(plaintext);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext) {
                return this.decrypting.decrypt(ciphertext);
            }
        };
        JdPayMerchant broken = JdPayMerchant.builder("shop7", "1000007")
                .cipher(halfRotated)
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .build();
        assertThatThrownBy(() -> directory.put(broken)).isInstanceOf(RuntimeException.class);
        assertThat(directory.merchants().byName("shop7")).isSameAs(thousand.get(7));

        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JdPayActuatorAutoConfiguration.class))
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .withBean(JdPayMerchantRegistry.class, () -> directory)
                .withPropertyValues("jdpay.default-merchant=shop0")
                .run(context -> {
                    Map<String, Object> health = JdPayActuatorAutoConfigurationTest.health(context, "merchants");
                    assertThat(health).containsEntry("status", "UP");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> details = (Map<String, Object>) health.get("details");
                    assertThat(details)
                            .containsEntry("count", 1_000)
                            .containsEntry("defaultMerchant", "shop0")
                            .containsEntry("keys", "self-checked")
                            .containsEntry("rejectedCount", 1);
                    assertThat(details.get("merchants"))
                            .isEqualTo(List.of(
                                    "shop0", "shop1", "shop2", "shop3", "shop4", "shop5", "shop6", "shop7", "shop8",
                                    "shop9"));
                    assertThat(details.get("rejected").toString())
                            .contains("shop7=JdPayMalformedMessageException")
                            .contains("wrong DES key")
                            .doesNotContain(TestKeys.DES_KEY);

                    Info.Builder info = new Info.Builder();
                    context.getBean(JdPayInfoContributor.class).contribute(info);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> jdpay =
                            (Map<String, Object>) info.build().getDetails().get("jdpay");
                    assertThat(jdpay).containsEntry("merchantCount", 1_000);
                    assertThat((Map<?, ?>) jdpay.get("merchants")).hasSize(10);
                    assertThat(health.toString().length() + jdpay.toString().length())
                            .isLessThan(10_000);
                });
    }
}
