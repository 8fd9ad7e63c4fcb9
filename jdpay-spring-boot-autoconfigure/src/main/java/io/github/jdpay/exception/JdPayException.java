package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the starter throws; unchecked, so callers catch only the subtypes they can act on.
 *
 * <p>Messages name what failed and the business identifiers involved, never key material or whole decrypted
 * payloads.
 */
public class JdPayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JdPayException(String message) {
        super(message);
    }

    public JdPayException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** Never {@code null}: every constructor takes a message, so handlers can pass it on as one. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return (message != null) ? message : getClass().getName();
    }
}
