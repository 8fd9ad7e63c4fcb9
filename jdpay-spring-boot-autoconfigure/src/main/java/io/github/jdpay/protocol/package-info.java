/**
 * JD's envelopes: the JD Pay 2.0 XML codec (sign, embed, encrypt, wrap and the reverse), the PC/H5 form codec and
 * the page-callback check, built on {@link io.github.jdpay.crypto}. This package uses no Spring Boot types.
 */
@NullMarked
package io.github.jdpay.protocol;

import org.jspecify.annotations.NullMarked;
