/**
 * JMH benchmarks of the JD Pay 2.0 XML codec, each measured beside the cryptographic primitives it cannot avoid, so
 * that the figures are ratios taken side by side in one run rather than absolute times on a noisy machine.
 */
@NullMarked
package io.github.jdpay.benchmarks;

import org.jspecify.annotations.NullMarked;
