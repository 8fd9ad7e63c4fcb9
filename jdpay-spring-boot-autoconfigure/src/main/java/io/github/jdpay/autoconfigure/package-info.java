/**
 * Spring Boot auto-configuration of the JD Pay client: {@link io.github.jdpay.autoconfigure.JdPayProperties}
 * ({@code jdpay.*}), the crypto beans, the {@code JdPayTemplate}, a start-up key check and a failure analyzer that
 * names the property to fix.
 */
@NullMarked
package io.github.jdpay.autoconfigure;

import org.jspecify.annotations.NullMarked;
