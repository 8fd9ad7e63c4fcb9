/** The idempotency store SPI that makes each notification handled once, and its in-memory implementation for single-instance applications and tests. */
@NullMarked
package io.github.jdpay.notify.idempotency;

import org.jspecify.annotations.NullMarked;
