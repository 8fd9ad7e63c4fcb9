/** The aggregate-pay (聚合支付) client: {@link io.github.jdpay.client.JdPayAggregateOperations} and its template over the shared transport. */
@NullMarked
package io.github.jdpay.client.aggregate;

import org.jspecify.annotations.NullMarked;
