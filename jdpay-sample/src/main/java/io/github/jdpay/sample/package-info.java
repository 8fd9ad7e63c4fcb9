/**
 * The demo shop: orders in {@link io.github.jdpay.sample.order}, its pages and JSON API in
 * {@link io.github.jdpay.sample.web}, and in {@link io.github.jdpay.sample.demo} the one thing only the simulator can
 * do (pay an APP order without an app).
 */
@NullMarked
package io.github.jdpay.sample;

import org.jspecify.annotations.NullMarked;
