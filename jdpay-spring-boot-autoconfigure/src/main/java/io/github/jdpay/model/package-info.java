/**
 * The typed JD Pay 2.0 model: requests with builders that validate before anything is signed, responses as records,
 * {@link io.github.jdpay.model.Money} and JD's enumerations. This package depends only on the exception hierarchy.
 */
@NullMarked
package io.github.jdpay.model;

import org.jspecify.annotations.NullMarked;
