package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayTemplateBuilder;

/**
 * Customizes the {@link JdPayTemplateBuilder} of the auto-configured template after the configured merchants and
 * settings are on it and before it builds. Every customizer bean is applied, in {@code @Order}/{@code Ordered} order.
 */
@FunctionalInterface
public interface JdPayTemplateCustomizer {

    /** Customizes the builder. */
    void customize(JdPayTemplateBuilder builder);
}
