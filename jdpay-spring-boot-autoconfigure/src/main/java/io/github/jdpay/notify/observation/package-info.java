/**
 * The {@code jdpay.notifications} observation: its documentation, context, conventions, and the listener SPI that
 * sees every delivery whether or not an {@code ObservationRegistry} is configured.
 */
@NullMarked
package io.github.jdpay.notify.observation;

import org.jspecify.annotations.NullMarked;
