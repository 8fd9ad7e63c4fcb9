/** Merchant accounts as the client and the notification endpoint share them: number, crypto and defaults of each JD Pay 2.0 merchant. Uses only {@link io.github.jdpay.crypto} and {@link io.github.jdpay.model}. */
@NullMarked
package io.github.jdpay.merchant;

import org.jspecify.annotations.NullMarked;
