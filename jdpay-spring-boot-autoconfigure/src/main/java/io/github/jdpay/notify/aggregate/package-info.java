/** Aggregate-pay (聚合支付) JSON notifications: the typed notification and the source that verifies them. */
@NullMarked
package io.github.jdpay.notify.aggregate;

import org.jspecify.annotations.NullMarked;
