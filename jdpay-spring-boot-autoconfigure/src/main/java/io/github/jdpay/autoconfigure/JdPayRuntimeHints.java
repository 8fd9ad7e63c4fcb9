package io.github.jdpay.autoconfigure;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What a native image of an application with the starter needs beyond what Spring's AOT processing finds itself: the
 * resources the library reads and the classes it creates reflectively. Handler methods are registered by
 * {@link io.github.jdpay.notify.JdPayNotifyHandler @JdPayNotifyHandler} itself, which is {@code @Reflective}; the
 * properties by Boot's processing of {@code @ConfigurationProperties}.
 */
class JdPayRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * Keys in the conventional place, {@code classpath:jdpay/...}: a key elsewhere on the class path needs a resource
     * hint of the application's own, which is why keys are better given as {@code file:} locations or inline.
     */
    static final String KEY_PATTERN = "jdpay/*.pem";

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern(JdbcIdempotencyStore.SCHEMA);
        hints.resources().registerPattern(KEY_PATTERN);
        // Listed in spring.factories and made by Boot's failure analysis with its declared constructor.
        hints.reflection().registerType(JdPayKeyFailureAnalyzer.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
    }
}
