/** Discovery of {@code @JdPayNotifyHandler} methods once after start-up and the resolvers of their arguments. */
@NullMarked
package io.github.jdpay.notify.handler;

import org.jspecify.annotations.NullMarked;
