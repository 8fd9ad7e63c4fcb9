package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import io.github.jdpay.observation.JdPayEndpoint;
import io.github.jdpay.observation.JdPayInfoContributor;
import io.github.jdpay.observation.JdPayNotificationJournal;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The actuator beans with the JD Pay endpoint served: health of the registry and of the aggregate merchant, info, and the {@code jdpay} endpoint fed
 * by real notifications (JD's own N2, and N3 whose signature does not verify).
 */
class JdPayActuatorAutoConfigurationTest {

    private static final byte[] N3 = io.github.jdpay.notify.JdNotifications.envelope("N3");

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayActuatorAutoConfiguration.class))
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
            // JD's N2 vector was signed in 2017: the replay window is measured from an hour after it.
            .withBean(Clock.class, () -> JdPayNotifyEndpointTest.AFTER_N2);

    /** Calls {@code health()} of the merchant's indicator in whichever health API this Boot has. */
    static Map<String, Object> health(AssertableWebApplicationContext context, String merchant) throws Exception {
        Object composite = context.getBean("jdpayHealthContributor");
        Method contributor = composite.getClass().getMethod("getContributor", String.class);
        contributor.setAccessible(true);
        Object indicator = contributor.invoke(composite, merchant);
        Method healthMethod = indicator.getClass().getMethod("health");
        healthMethod.setAccessible(true);
        Object health = healthMethod.invoke(indicator);
        Object status = health.getClass().getMethod("getStatus").invoke(health);
        @SuppressWarnings("unchecked")
        Map<String, Object> details =
                (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health);
        return Map.of("status", status.toString(), "details", details);
    }

    private static Map<String, Object> info(AssertableWebApplicationContext context) {
        Info.Builder builder = new Info.Builder();
        context.getBean(JdPayInfoContributor.class).contribute(builder);
        return builder.build().getDetails();
    }

    @Test
    void theEndpointShowsEachNotificationWithItsOutcomeAndCountsThem() {
        this.runner.run(context -> {
            JdPayNotifyEndpointTest.postN2(context);
            JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", N3);

            JdPayEndpoint.Notifications seen =
                    context.getBean(JdPayEndpoint.class).notifications();

            assertThat(seen.recent()).hasSize(2);
            assertThat(seen.recent().get(0)).satisfies(refused -> {
                assertThat(refused.outcome()).isEqualTo("REJECTED");
                assertThat(refused.reason()).isEqualTo("SIGNATURE");
                assertThat(refused.merchant()).isEqualTo("default");
                assertThat(refused.tradeNum()).isNull();
            });
            assertThat(seen.recent().get(1)).satisfies(handled -> {
                assertThat(handled.outcome()).isEqualTo("HANDLED");
                assertThat(handled.kind()).isEqualTo("trade");
                assertThat(handled.tradeNum()).isEqualTo("1493972675054");
                assertThat(handled.reason()).isNull();
            });
            assertThat(seen.inProgress()).isZero();
            assertThat(seen.counts())
                    .containsEntry(JdPayNotificationOutcome.HANDLED, 1L)
                    .containsEntry(JdPayNotificationOutcome.REJECTED, 1L)
                    .containsEntry(JdPayNotificationOutcome.DUPLICATE, 0L);
        });
    }

    @Test
    void theEndpointShowsTheLastHundredDeliveries() {
        this.runner.run(context -> {
            for (int n = 0; n < 101; n++) {
                JdPayNotifyEndpointTest.postN2(context);
            }

            JdPayEndpoint.Notifications seen =
                    context.getBean(JdPayEndpoint.class).notifications();

            assertThat(seen.recent()).hasSize(100);
            assertThat(seen.counts())
                    .containsEntry(JdPayNotificationOutcome.HANDLED, 1L)
                    .containsEntry(JdPayNotificationOutcome.DUPLICATE, 100L);
        });
    }

    @Test
    void theRegistryIsHealthyWhenItsDefaultMerchantsKeysWorkAndTheStoreAnswers() {
        this.runner.run(context -> {
            Map<String, Object> health = health(context, "merchants");

            assertThat(health).containsEntry("status", "UP");
            assertThat(health.get("details").toString())
                    .contains("count=1")
                    .contains("merchants=[default]")
                    .contains("defaultMerchant=default")
                    .contains("keys=self-checked")
                    .contains("store=reachable")
                    .contains("jdpay.jd-public-key")
                    .contains(KeyLoader.fingerprint(TestKeys.jdPublicKey()));
        });
    }

    @Test
    void aFailingStoreMakesTheRegistryDown() {
        this.runner.withBean(IdempotencyStore.class, DownStore::new).run(context -> {
            Map<String, Object> health = health(context, "merchants");

            assertThat(health).containsEntry("status", "DOWN");
            assertThat(health.get("details").toString()).contains("store=failed: JdPayIdempotencyStoreException");
        });
    }

    @Test
    void infoNamesMerchantsFingerprintsEndpointsAndTheStore() {
        this.runner.run(context -> {
            String info = info(context).toString();

            assertThat(info)
                    .contains("default={merchantNo=22294531")
                    .contains(KeyLoader.fingerprint(TestKeys.jdPublicKey()))
                    .contains("paygate=")
                    .contains("idempotencyStore=in-memory");
        });
    }

    @Test
    void noOutputCarriesAKeyASignOrCardData() {
        this.runner
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    JdPayNotifyEndpointTest.postN2(context);
                    JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", N3);
                    List<String> outputs = new ArrayList<>();
                    outputs.add(
                            context.getBean(JdPayEndpoint.class).notifications().toString());
                    outputs.add(info(context).toString());
                    outputs.add(health(context, "merchants").toString());
                    io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(
                                    context.getBean(TestObservationRegistry.class))
                            .hasHandledContextsThatSatisfy(contexts -> contexts.forEach(observed -> {
                                outputs.add(
                                        observed.getLowCardinalityKeyValues().toString());
                                outputs.add(
                                        observed.getHighCardinalityKeyValues().toString());
                            }));
                    String merchantKey = TestKeys.resource("keys/merchant-22294531-private.pem")
                            .lines()
                            .filter(line -> !line.startsWith("-----"))
                            .findFirst()
                            .orElseThrow();

                    assertThat(outputs).hasSizeGreaterThan(4).allSatisfy(output -> assertThat(output)
                            .doesNotContain(TestKeys.DES_KEY)
                            .doesNotContain(merchantKey)
                            .doesNotContain("BEGIN")
                            .doesNotContain("D0cr5vlkiHR2B52d")
                            .doesNotContainIgnoringCase("sign=")
                            .doesNotContain("621483")
                            .doesNotContain("9622")
                            .doesNotContain("亚荣")
                            .doesNotContain("CMB")
                            .doesNotContainIgnoringCase("card"));
                });
    }

    @Test
    void theAggregateMerchantHasAHealthEntryAndAnInfoSectionOfItsOwn() {
        this.runner
                .withConfiguration(AutoConfigurations.of(JdPayAggregateAutoConfiguration.class))
                .withPropertyValues(JdPayAggregateAutoConfigurationTest.AGGREGATE_PROPERTIES)
                .run(context -> {
                    Map<String, Object> health = health(context, "aggregate");
                    String info = info(context).toString();

                    assertThat(health).containsEntry("status", "UP");
                    assertThat(health.get("details").toString())
                            .contains("merchantNo=110047782")
                            .contains("systemId=jw")
                            .contains("keys=self-checked")
                            .contains("store=reachable");
                    assertThat(health(context, "merchants")).containsEntry("status", "UP");
                    assertThat(info)
                            .contains("default={merchantNo=22294531")
                            .contains("aggregate={merchantNo=110047782, systemId=jw}")
                            .contains("aggregateApi=");
                    assertThat(info + health).doesNotContain(AggregateVectors.MD5_KEY_2_2);
                });
    }

    @Test
    void anAggregateOnlyApplicationHasHealthAndInfoForItsMerchant() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        JdPayAggregateAutoConfiguration.class,
                        JdPayNotifyAutoConfiguration.class,
                        JdPayActuatorAutoConfiguration.class,
                        BootClasses.webMvcAutoConfiguration()))
                .withPropertyValues(JdPayAggregateAutoConfigurationTest.AGGREGATE_PROPERTIES)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(health(context, "aggregate")).containsEntry("status", "UP");
                    assertThat(info(context).toString())
                            .contains("merchants={aggregate={merchantNo=110047782, systemId=jw}}")
                            .doesNotContain("paygate=");
                });
    }

    @Test
    void theJdbcStoresTableDroppedMakesTheRegistryAndTheAggregateMerchantDown() {
        DataSource h2 =
                new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.runner
                .withConfiguration(AutoConfigurations.of(JdPayAggregateAutoConfiguration.class))
                .withPropertyValues(JdPayAggregateAutoConfigurationTest.AGGREGATE_PROPERTIES)
                .withBean(DataSource.class, () -> h2)
                .withPropertyValues(
                        "jdpay.notify.idempotency.store=jdbc", "jdpay.notify.idempotency.jdbc.initialize-schema=true")
                .run(context -> {
                    assertThat(health(context, "aggregate")).containsEntry("status", "UP");

                    new JdbcTemplate(h2).execute("DROP TABLE " + JdbcIdempotencyStore.TABLE);

                    for (String merchant : List.of("merchants", "aggregate")) {
                        Map<String, Object> health = health(context, merchant);
                        assertThat(health).as(merchant).containsEntry("status", "DOWN");
                        assertThat(health.get("details").toString())
                                .contains("keys=self-checked")
                                .contains("store=failed: ");
                    }
                });
    }

    @Test
    void theJournalIsThePipelinesListener() {
        this.runner.run(context -> assertThat(context)
                .hasSingleBean(JdPayNotificationJournal.class)
                .hasSingleBean(JdPayEndpoint.class)
                .hasBean("jdpayHealthContributor"));
    }

    @Test
    void withoutTheActuatorNothingIsAdded() {
        this.runner
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(JdPayEndpoint.class)
                        .doesNotHaveBean(JdPayNotificationJournal.class)
                        .doesNotHaveBean("jdpayHealthContributor"));
    }

    @Test
    void healthCanBeSwitchedOff() {
        this.runner.withPropertyValues("management.health.jdpay.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean("jdpayHealthContributor"));
    }

    /** A store whose database is down. */
    static final class DownStore implements IdempotencyStore {

        @Override
        public Outcome runOnce(String key, Work work) {
            throw new JdPayIdempotencyStoreException("connection refused", null);
        }
    }
}
