/**
 * Start-up time of the sample shop with and without the JD Pay auto-configurations, measured in alternating cold starts
 * ({@code jdpay-benchmarks/startup.sh}).
 */
@NullMarked
package io.github.jdpay.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
