/** A merchant registry in the application's database through spring-jdbc: the {@code jdpay_merchant} table, polled, its keys held as locations. */
@NullMarked
package io.github.jdpay.merchant.jdbc;

import org.jspecify.annotations.NullMarked;
