/**
 * The crash test of issue 14: two instances of the sample shop on one PostgreSQL, JD-signed notifications from 16
 * senders, one instance killed with SIGKILL mid-flight, JD's re-deliveries on a compressed schedule, and a report per
 * order of how often its payment was applied ({@code jdpay-benchmarks/crash.sh}). It drives the shop over HTTP and reads
 * its database only, so it runs against any idempotency store the shop is built with.
 */
@NullMarked
package io.github.jdpay.benchmarks.crash;

import org.jspecify.annotations.NullMarked;
