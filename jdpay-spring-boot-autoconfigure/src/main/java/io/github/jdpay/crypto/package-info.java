/**
 * JD's cryptography, exact to the byte: the JD Pay 2.0 3DES framing, the RSA "private-key encryption" signature,
 * the aggregate-pay 3DES and MD5 sign, and key loading.
 *
 * <p>Each step sits behind a one- or two-method interface ({@link io.github.jdpay.crypto.JdPayCipher},
 * {@link io.github.jdpay.crypto.JdPaySigner}, {@link io.github.jdpay.crypto.JdPayVerifier}, ...) so an application
 * can replace it, for example with an HSM-backed signer. This package uses only the JDK and Bouncy Castle.
 */
@NullMarked
package io.github.jdpay.crypto;

import org.jspecify.annotations.NullMarked;
