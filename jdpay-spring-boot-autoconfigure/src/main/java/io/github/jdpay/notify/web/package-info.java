/** The notification endpoint: the router function at each route's path and the pipeline every POST goes through. */
@NullMarked
package io.github.jdpay.notify.web;

import org.jspecify.annotations.NullMarked;
