/** The aggregate-pay (聚合支付) merchant account: its own number, {@code systemId}, 3DES and MD5 keys. */
@NullMarked
package io.github.jdpay.merchant.aggregate;

import org.jspecify.annotations.NullMarked;
