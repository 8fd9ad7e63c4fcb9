/** Aggregate-pay (聚合支付) JSON envelopes: {@code cipherJson} with 3DES-ECB and the MD5 sign, opened and sealed in the dialect of JD's documents. */
@NullMarked
package io.github.jdpay.protocol.aggregate;

import org.jspecify.annotations.NullMarked;
