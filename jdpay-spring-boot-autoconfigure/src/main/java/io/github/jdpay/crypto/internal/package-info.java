/**
 * Internal fast paths of the built-in crypto: signing, verifying and 3DES over byte ranges and in place, without
 * copies. The codec detects them with {@code instanceof}; an HSM or KMS implementation of the public SPIs never needs
 * them. Not an API: these types may change in any release.
 */
@NullMarked
package io.github.jdpay.crypto.internal;

import org.jspecify.annotations.NullMarked;
