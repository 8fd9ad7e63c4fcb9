/**
 * What only the embedded simulator can do: pay an APP order, for which the demo has no app. A real shop has no such
 * code, and no {@code jdpay-spring-boot-test} dependency either.
 */
@NullMarked
package io.github.jdpay.sample.demo;

import org.jspecify.annotations.NullMarked;
