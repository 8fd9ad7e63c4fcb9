package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/** JD could not be reached or answered at the HTTP level with an error (I/O failure, timeout, 5xx). */
public class JdPayTransportException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public JdPayTransportException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
