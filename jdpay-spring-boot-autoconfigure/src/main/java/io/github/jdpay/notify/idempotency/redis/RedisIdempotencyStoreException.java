package io.github.jdpay.notify.idempotency.redis;

import io.github.jdpay.exception.JdPayException;

/** Redis could not be reached or did not answer a store operation in time; the endpoint answers 503 then. */
public class RedisIdempotencyStoreException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public RedisIdempotencyStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
