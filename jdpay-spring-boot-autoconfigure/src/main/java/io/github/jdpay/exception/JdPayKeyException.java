package io.github.jdpay.exception;

import org.jspecify.annotations.Nullable;

/** A configured key could not be read or is not the kind of key expected; the message names the key. */
public class JdPayKeyException extends JdPayCryptoException {

    private static final long serialVersionUID = 1L;

    private final String keyName;

    public JdPayKeyException(String keyName, String problem) {
        this(keyName, problem, null);
    }

    public JdPayKeyException(String keyName, String problem, @Nullable Throwable cause) {
        super(keyName + ": " + problem, cause);
        this.keyName = keyName;
    }

    /** Name of the key that failed, usually its configuration property such as {@code jdpay.private-key}. */
    public String getKeyName() {
        return this.keyName;
    }
}
