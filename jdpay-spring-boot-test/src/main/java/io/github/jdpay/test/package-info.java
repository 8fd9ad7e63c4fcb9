/**
 * An embedded JD Pay gateway for offline tests: {@link io.github.jdpay.test.JdPaySimulator} plays JD's side of the
 * wire (paygate XML interfaces, PC/H5 cashier, asynchronous notifications, aggregate pay) with JD-like state, result
 * codes and fault injection. {@link io.github.jdpay.test.TestMerchant} holds the published test credentials.
 */
@NullMarked
package io.github.jdpay.test;

import org.jspecify.annotations.NullMarked;
