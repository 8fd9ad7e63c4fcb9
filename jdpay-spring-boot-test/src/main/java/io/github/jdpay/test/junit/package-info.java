/**
 * JUnit 5 support: {@link io.github.jdpay.test.junit.JdPaySimulatorTest} starts a
 * {@link io.github.jdpay.test.JdPaySimulator} per test class and injects it into test methods.
 */
@NullMarked
package io.github.jdpay.test.junit;

import org.jspecify.annotations.NullMarked;
