/** JD Pay's daily statement on the wire: the bill service's download form and the streaming zip/CSV reader. */
@NullMarked
package io.github.jdpay.protocol.statement;

import org.jspecify.annotations.NullMarked;
