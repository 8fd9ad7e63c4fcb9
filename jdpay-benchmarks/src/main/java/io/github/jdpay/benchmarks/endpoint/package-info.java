/**
 * The notification endpoint under load: a small web application with the starter's {@code POST /jdpay/notify} and a
 * bare endpoint beside it, and the driver that posts signed notifications to both over loopback with {@code wrk}, in
 * alternating rounds, and prints the comparison ({@code jdpay-benchmarks/endpoint.sh}).
 */
@NullMarked
package io.github.jdpay.benchmarks.endpoint;

import org.jspecify.annotations.NullMarked;
