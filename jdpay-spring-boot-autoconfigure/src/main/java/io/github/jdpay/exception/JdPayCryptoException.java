package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/** A cryptographic operation could not run: unusable key, missing algorithm or a failing provider. */
public class JdPayCryptoException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public JdPayCryptoException(String message) {
        super(message);
    }

    public JdPayCryptoException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
