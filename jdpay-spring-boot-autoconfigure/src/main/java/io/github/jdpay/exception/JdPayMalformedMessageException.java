package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/** A message could not be decoded: bad XML or JSON, bad Base64 or hex, a broken length prefix, a missing field. */
public class JdPayMalformedMessageException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public JdPayMalformedMessageException(String message) {
        super(message);
    }

    public JdPayMalformedMessageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
