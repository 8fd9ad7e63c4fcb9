/** The idempotency store on the application's own database through spring-jdbc, exactly once with the handler's transaction. */
@NullMarked
package io.github.jdpay.notify.idempotency.jdbc;

import org.jspecify.annotations.NullMarked;
