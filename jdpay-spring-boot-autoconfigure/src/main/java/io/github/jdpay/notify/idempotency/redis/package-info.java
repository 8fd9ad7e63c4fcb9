/** The idempotency store on Redis through Spring Data Redis: fenced leases as Lua scripts, at least once with the handler's own database. */
@NullMarked
package io.github.jdpay.notify.idempotency.redis;

import org.jspecify.annotations.NullMarked;
