/** The shop's web page, its JSON API under {@code /api/orders}, the QR code images and the cashier's callback page. */
@NullMarked
package io.github.jdpay.sample.web;

import org.jspecify.annotations.NullMarked;
