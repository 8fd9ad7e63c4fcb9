package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.TradeNotification;
import io.github.jdpay.notify.handler.NotifyHandlerRegistry;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import io.github.jdpay.notify.web.NotificationPipeline;
import io.github.jdpay.notify.web.NotificationRouterFunction;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Beans, back-off, stores and start-up failures of {@link JdPayNotifyAutoConfiguration}. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayNotifyAutoConfigurationTest {

    static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(
            JdPayAutoConfiguration.class, JdPayNotifyAutoConfiguration.class, BootClasses.webMvcAutoConfiguration());

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES);

    private final ApplicationContextRunner plain = new ApplicationContextRunner()
            .withConfiguration(CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES);

    static String failure(ApplicationContextAssertProvider<?> context) {
        assertThat(context).hasFailed();
        return NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure())
                .getMessage();
    }

    @Test
    void staysOffWithoutAMerchant() {
        new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS).run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(NotifyHandlerRegistry.class)
                .doesNotHaveBean(NotificationRouterFunction.class));
    }

    @Test
    void aServletApplicationGetsTheEndpointWithAMemoryStore() {
        this.web.run(context -> {
            assertThat(context)
                    .hasSingleBean(NotificationRouterFunction.class)
                    .hasSingleBean(NotificationPipeline.class)
                    .hasSingleBean(NotifyHandlerRegistry.class)
                    .hasSingleBean(InMemoryIdempotencyStore.class);
            assertThat(context.getBean(JdPayNotificationRoute.class).path()).isEqualTo("/jdpay/notify");
        });
    }

    @Test
    void anApplicationThatIsNotAServletWebApplicationHasHandlersButNoEndpoint() {
        this.plain.withUserConfiguration(NotifyHandlers.PaymentsConfig.class).run(context -> {
            assertThat(context)
                    .hasSingleBean(NotifyHandlerRegistry.class)
                    .doesNotHaveBean(NotificationRouterFunction.class);
            assertThat(context.getBean(NotifyHandlerRegistry.class).hasHandlers())
                    .isTrue();
        });
    }

    @Test
    void theEndpointIsLoggedInOneLineOnceAHandlerExists(CapturedOutput output) {
        this.web.withUserConfiguration(NotifyHandlers.PaymentsConfig.class).run(context -> assertThat(output)
                .containsOnlyOnce("JD Pay notifications accepted at POST /jdpay/notify (RefundNotification -> no"
                        + " handler, TradeNotification -> bean 'payments' method Payments.paid(TradeNotification,"
                        + " String))"));
    }

    @Test
    void withoutHandlersNothingIsLogged(CapturedOutput output) {
        this.web.run(context -> assertThat(output).doesNotContain("JD Pay notifications accepted"));
    }

    @Test
    void theApplicationsOwnStoreWins() {
        IdempotencyStore own = Mockito.mock(IdempotencyStore.class);
        this.web.withBean(IdempotencyStore.class, () -> own).run(context -> assertThat(context)
                .getBean(IdempotencyStore.class)
                .isSameAs(own));
    }

    @Test
    void theJdbcStoreUsesTheDataSourceAndCreatesItsTableWhenAsked() {
        DataSource h2 =
                new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.web
                .withBean(DataSource.class, () -> h2)
                .withPropertyValues(
                        "jdpay.notify.idempotency.store=jdbc", "jdpay.notify.idempotency.jdbc.initialize-schema=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcIdempotencyStore.class);
                    assertThat(new JdbcTemplate(h2)
                                    .queryForObject(
                                            "SELECT COUNT(*) FROM " + JdbcIdempotencyStore.TABLE, Integer.class))
                            .isZero();
                });
    }

    @Test
    void theJdbcStoreWithoutADataSourceStopsStartUpAndSaysWhy() {
        this.web.withPropertyValues("jdpay.notify.idempotency.store=jdbc").run(context -> assertThat(failure(context))
                .contains("jdpay.notify.idempotency.store")
                .contains("needs one DataSource bean"));
    }

    @Test
    void theJdbcStoreWithoutSpringJdbcStopsStartUpAndSaysWhatToAdd() {
        this.web
                .withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
                .withPropertyValues("jdpay.notify.idempotency.store=jdbc")
                .run(context -> assertThat(failure(context)).contains("needs spring-jdbc on the class path"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdpay.notify.idempotency.ttl=2h",
                "jdpay.notify.idempotency.lease=0s",
                "jdpay.notify.idempotency.timeout=0s",
                "jdpay.notify.idempotency.timeout=3s"
            })
    void timesThatCannotRecogniseJdsRetriesStopStartUp(String property) {
        String name = property.substring(0, property.indexOf('='));
        this.web.withPropertyValues(property).run(context -> assertThat(failure(context))
                .contains(name));
    }

    @Test
    void aPathThatIsNotAPlainPathStopsStartUp() {
        this.web.withPropertyValues("jdpay.notify.path=/jdpay/{merchant}").run(context -> assertThat(failure(context))
                .contains("jdpay.notify.path"));
    }

    @Test
    void aBodyLimitBeyond16MegabytesStopsStartUp() {
        this.web.withPropertyValues("jdpay.notify.max-body-size=1GB").run(context -> assertThat(failure(context))
                .contains("jdpay.notify.max-body-size"));
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                NotifyHandlers.ReturnsSomething.class,
                NotifyHandlers.TakesNoNotification.class,
                NotifyHandlers.TakesTwoNotifications.class,
                NotifyHandlers.TakesAnUnknownParameter.class,
                UndeliveredHandler.class
            })
    void aHandlerWithAnUnsupportedSignatureStopsStartUpNamingBeanAndMethod(Class<?> handler) {
        this.web.withBean("badHandler", handler).run(context -> assertThat(failure(context))
                .contains("@JdPayNotifyHandler bean 'badHandler' method " + handler.getSimpleName() + "."));
    }

    @Test
    void twoHandlersForOneTypeStopStartUpNamingBoth() {
        this.web
                .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
                .withBean("secondHandler", NotifyHandlers.SecondPaymentHandler.class)
                .run(context -> assertThat(failure(context))
                        .contains("Two @JdPayNotifyHandler methods take TradeNotification")
                        .contains("bean 'payments' method Payments.paid")
                        .contains("bean 'secondHandler' method SecondPaymentHandler.alsoPaid"));
    }

    @Test
    void aComposedAnnotationMarksAHandlerToo() {
        this.plain.withBean("composed", ComposedHandler.class).run(context -> assertThat(
                        context.getBean(NotifyHandlerRegistry.class).describe(List.of(TradeNotification.class)))
                .isEqualTo("TradeNotification -> bean 'composed' method ComposedHandler.paid(TradeNotification)"));
    }

    /** The shop's own annotation, meta-annotated: found as Spring finds composed annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @JdPayNotifyHandler
    @interface PaymentReceived {}

    static class ComposedHandler {

        @PaymentReceived
        void paid(TradeNotification notification) {}
    }

    /** A kind of notification no endpoint delivers. */
    record Unknown(String merchantName, String merchantNo, String tradeNum, Money amount)
            implements JdPayNotification {}

    static class UndeliveredHandler {

        @JdPayNotifyHandler
        void on(Unknown notification) {}
    }
}
