package io.github.jdpay.exception;

/** A message's signature did not verify, so its content must not be trusted. */
public class JdPaySignatureException extends JdPayException {

    private static final long serialVersionUID = 1L;

    public JdPaySignatureException(String message) {
        super(message);
    }
}
