/**
 * The JD Pay client: {@link io.github.jdpay.client.JdPayOperations} and its implementation
 * {@link io.github.jdpay.client.JdPayTemplate}, over Spring's {@code RestClient}, with retries for the calls that are
 * safe to repeat.
 */
@NullMarked
package io.github.jdpay.client;

import org.jspecify.annotations.NullMarked;
