/**
 * Auto-configuration that runs the JD Pay client against an embedded simulator when
 * {@code jdpay.simulator.enabled=true}.
 */
@NullMarked
package io.github.jdpay.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
