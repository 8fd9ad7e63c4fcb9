package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayTemplateBuilder;

/**
 * Customizes the {@link JdPayTemplateBuilder} of the auto-configured template after the merchant registry, the default
 * merchant and the settings are on it and before it builds; merchants it adds with {@code merchant(...)} join the
 * registry's for this template only (the notification endpoint reads the registry). Every customizer bean is applied,
 * in {@code @Order}/{@code Ordered} order.
 */
@FunctionalInterface
public interface JdPayTemplateCustomizer {

    /** Customizes the builder. */
    void customize(JdPayTemplateBuilder builder);
}
