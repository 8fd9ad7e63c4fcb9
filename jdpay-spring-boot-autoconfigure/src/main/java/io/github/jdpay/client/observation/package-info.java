/**
 * The {@code jdpay.client.requests} observation: its documentation, context and the conventions that name and tag it.
 */
@NullMarked
package io.github.jdpay.client.observation;

import org.jspecify.annotations.NullMarked;
