package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.annotation.ReflectiveRuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The hints a native image of an application with the starter gets, as Spring's AOT processing collects them. */
class JdPayRuntimeHintsTest {

    /** The hints of every registrar that aot.factories lists, as AOT processing loads them. */
    private static RuntimeHints registered() {
        List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader.forResourceLocation(
                        "META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class);
        assertThat(registrars).hasAtLeastOneElementOfType(JdPayRuntimeHints.class);
        RuntimeHints hints = new RuntimeHints();
        registrars.forEach(registrar -> registrar.registerHints(hints, JdPayRuntimeHintsTest.class.getClassLoader()));
        return hints;
    }

    @Test
    void theIdempotencySchemaIsAResourceOfTheImage() {
        assertThat(new ClassPathResource(JdbcIdempotencyStore.SCHEMA).exists()).isTrue();
        assertThat(RuntimeHintsPredicates.resource().forResource(JdbcIdempotencyStore.SCHEMA))
                .accepts(registered());
    }

    @Test
    void keysInTheConventionalPlaceAreResourcesAndOthersAreNot() {
        RuntimeHints hints = registered();
        assertThat(RuntimeHintsPredicates.resource().forResource("jdpay/merchant-private.pem"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("keys/merchant-private.pem"))
                .rejects(hints);
    }

    @Test
    void theFailureAnalyzerCanBeMadeReflectively() {
        assertThat(RuntimeHintsPredicates.reflection()
                        .onType(JdPayKeyFailureAnalyzer.class)
                        .withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
                .accepts(registered());
    }

    @Test
    void aNotifyHandlerMethodIsRegisteredForInvocationByTheAnnotationAlone() {
        RuntimeHints hints = new RuntimeHints();
        // What the AOT processing of a bean factory does for each bean class.
        new ReflectiveRuntimeHintsRegistrar()
                .registerRuntimeHints(hints, NotifyHandlers.Payments.class, PlainBean.class);

        // Read from the type hint: the method predicate has no form that is current on both Spring 6.2 and 7.
        TypeHint handler = hints.reflection().getTypeHint(NotifyHandlers.Payments.class);
        assertThat(handler).isNotNull();
        assertThat(handler.methods()).anySatisfy(method -> {
            assertThat(method.getName()).isEqualTo("paid");
            assertThat(method.getMode()).isEqualTo(ExecutableMode.INVOKE);
        });
        assertThat(RuntimeHintsPredicates.reflection().onType(PlainBean.class)).rejects(hints);
    }

    /** A bean with a method of the same shape but no annotation. */
    static class PlainBean {

        void paid(io.github.jdpay.notify.TradeNotification notification) {}
    }
}
