package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/**
 * The idempotency store of the notification endpoint failed or did not answer within its timeout: the notification's
 * handler was not called, or its work was not committed, and the endpoint answers 503 so that JD delivers it again.
 */
public class JdPayIdempotencyStoreException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public JdPayIdempotencyStoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
