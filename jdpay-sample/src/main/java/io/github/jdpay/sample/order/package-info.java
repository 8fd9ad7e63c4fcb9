/**
 * The shop's orders and refunds, kept in its own database: placing an order with JD for a payment channel, refunds and
 * revocations, and the notification handlers that move an order on when JD says it was paid or refunded.
 */
@NullMarked
package io.github.jdpay.sample.order;

import org.jspecify.annotations.NullMarked;
