/** The one exception hierarchy of the starter, rooted at {@link io.github.jdpay.exception.JdPayException}. */
@NullMarked
package io.github.jdpay.exception;

import org.jspecify.annotations.NullMarked;
