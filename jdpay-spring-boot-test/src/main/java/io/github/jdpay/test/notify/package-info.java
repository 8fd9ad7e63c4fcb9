/**
 * Test helpers for a merchant's notification endpoint: {@link io.github.jdpay.test.notify.JdPayNotifications} builds
 * notifications exactly as JD sends them, encrypted and signed, and
 * {@link io.github.jdpay.test.notify.HostileNotifications} a named corpus of tampered and hostile bodies that an
 * endpoint must refuse.
 */
@NullMarked
package io.github.jdpay.test.notify;

import org.jspecify.annotations.NullMarked;
