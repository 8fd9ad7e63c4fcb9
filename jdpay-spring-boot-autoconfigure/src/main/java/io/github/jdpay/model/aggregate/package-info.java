/**
 * The typed aggregate-pay (聚合支付) model (aggregate.md §4, §5): requests with builders that validate before
 * anything is signed, JD's verified replies and notifications as records, and JD's enumerations. This package depends
 * only on {@link io.github.jdpay.model} and the exception hierarchy.
 */
@NullMarked
package io.github.jdpay.model.aggregate;

import org.jspecify.annotations.NullMarked;
