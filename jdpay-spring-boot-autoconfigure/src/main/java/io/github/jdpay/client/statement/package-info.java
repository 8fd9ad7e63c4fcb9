/** Downloading JD Pay's daily statement (对账单) and reconciling it with the application's own trades. */
@NullMarked
package io.github.jdpay.client.statement;

import org.jspecify.annotations.NullMarked;
