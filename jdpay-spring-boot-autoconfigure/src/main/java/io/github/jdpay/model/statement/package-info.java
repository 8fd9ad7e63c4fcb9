/** JD Pay's daily statement (对账单): typed rows read by header name, and the result of a reconciliation. */
@NullMarked
package io.github.jdpay.model.statement;

import org.jspecify.annotations.NullMarked;
