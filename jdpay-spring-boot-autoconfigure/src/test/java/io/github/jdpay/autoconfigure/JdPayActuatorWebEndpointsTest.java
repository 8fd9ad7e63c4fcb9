package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code /actuator/health}, {@code /actuator/info} and {@code /actuator/jdpay} as the actuator's own web endpoint
 * auto-configurations serve them over Spring MVC, read back as JSON.
 */
class JdPayActuatorWebEndpointsTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayActuatorAutoConfiguration.class))
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withConfiguration(AutoConfigurations.of(BootClasses.actuatorWebEndpoints()))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues(
                    "management.endpoints.web.exposure.include=health,info,jdpay",
                    "management.endpoint.health.show-details=always")
            .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
            // JD's N2 vector was signed in 2017: the replay window is measured from an hour after it.
            .withBean(Clock.class, () -> JdPayNotifyEndpointTest.AFTER_N2);

    private static ResultActions serve(AssertableWebApplicationContext context, String path) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(get(path));
    }

    private static String body(ResultActions served) throws Exception {
        return served.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void healthShowsTheJdpayComponentUpWithAHealthyStore() {
        this.runner.run(context -> serve(context, "/actuator/health")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.jdpay.status").value("UP"))
                .andExpect(jsonPath("$.components.jdpay.components.merchants.status")
                        .value("UP"))
                .andExpect(jsonPath("$.components.jdpay.components.merchants.details.merchantNo")
                        .value("22294531"))
                .andExpect(jsonPath("$.components.jdpay.components.merchants.details.keys")
                        .value("self-checked"))
                .andExpect(jsonPath("$.components.jdpay.components.merchants.details.store")
                        .value("reachable")));
    }

    @Test
    void healthIsDownWhenTheJdbcStoresTableIsGone() {
        DataSource h2 =
                new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.runner
                .withBean(DataSource.class, () -> h2)
                .withPropertyValues(
                        "jdpay.notify.idempotency.store=jdbc", "jdpay.notify.idempotency.jdbc.initialize-schema=true")
                .run(context -> {
                    serve(context, "/actuator/health")
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.components.jdpay.status").value("UP"));

                    new JdbcTemplate(h2).execute("DROP TABLE " + JdbcIdempotencyStore.TABLE);

                    serve(context, "/actuator/health")
                            .andExpect(status().isServiceUnavailable())
                            .andExpect(jsonPath("$.status").value("DOWN"))
                            .andExpect(jsonPath("$.components.jdpay.status").value("DOWN"))
                            .andExpect(jsonPath("$.components.jdpay.components.merchants.details.keys")
                                    .value("self-checked"))
                            .andExpect(jsonPath("$.components.jdpay.components.merchants.details.store")
                                    .value(startsWith("failed: ")));
                });
    }

    @Test
    void infoNamesTheMerchantItsKeysFingerprintJdsEndpointsAndTheStoreKind() {
        this.runner.run(context -> serve(context, "/actuator/info")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jdpay.merchants.default.merchantNo").value("22294531"))
                .andExpect(jsonPath("$.jdpay.merchants.default.jdPublicKey")
                        .value(containsString(KeyLoader.fingerprint(TestKeys.jdPublicKey()))))
                .andExpect(jsonPath("$.jdpay.merchants.default.app").value(false))
                .andExpect(jsonPath("$.jdpay.endpoints.paygate").value(startsWith("https://")))
                .andExpect(jsonPath("$.jdpay.idempotencyStore").value("in-memory")));
    }

    @Test
    void theJdpayEndpointCountsAHandledNotification() {
        this.runner.run(context -> {
            JdPayNotifyEndpointTest.postN2(context).andExpect(status().isOk());

            serve(context, "/actuator/jdpay")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.HANDLED").value(1))
                    .andExpect(jsonPath("$.counts.DUPLICATE").value(0))
                    .andExpect(jsonPath("$.counts.REJECTED").value(0))
                    .andExpect(jsonPath("$.inProgress").value(0))
                    .andExpect(jsonPath("$.recent.length()").value(1))
                    .andExpect(jsonPath("$.recent[0].outcome").value("HANDLED"))
                    .andExpect(jsonPath("$.recent[0].kind").value("trade"))
                    .andExpect(jsonPath("$.recent[0].merchant").value("default"))
                    .andExpect(jsonPath("$.recent[0].tradeNum").value("1493972675054"));
        });
    }

    @Test
    void nothingServedCarriesAKeyASignOrCardData() {
        this.runner.run(context -> {
            JdPayNotifyEndpointTest.postN2(context);
            JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", JdNotifications.envelope("N3"));
            String merchantKey = TestKeys.resource("keys/merchant-22294531-private.pem")
                    .lines()
                    .filter(line -> !line.startsWith("-----"))
                    .findFirst()
                    .orElseThrow();

            List<String> served = List.of(
                    body(serve(context, "/actuator/health")),
                    body(serve(context, "/actuator/info")),
                    body(serve(context, "/actuator/jdpay")));

            assertThat(served.get(2)).contains("REJECTED").contains("SIGNATURE");
            assertThat(served).allSatisfy(json -> assertThat(json)
                    .startsWith("{")
                    .doesNotContain(TestKeys.DES_KEY)
                    .doesNotContain(merchantKey)
                    .doesNotContain("BEGIN")
                    .doesNotContain("D0cr5vlkiHR2B52d")
                    .doesNotContainIgnoringCase("\"sign\"")
                    .doesNotContainIgnoringCase("sign=")
                    .doesNotContain("621483")
                    .doesNotContain("9622")
                    .doesNotContain("亚荣")
                    .doesNotContain("CMB")
                    .doesNotContainIgnoringCase("card"));
        });
    }
}
