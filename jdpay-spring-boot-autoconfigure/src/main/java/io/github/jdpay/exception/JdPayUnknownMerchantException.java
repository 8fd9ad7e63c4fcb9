package io.github.jdpay.exception;

/**
 * A call was made for a merchant the registry does not hold (any more): nothing was signed or sent. Either the name
 * is wrong or the merchant was removed while a template for it was still in use.
 */
public class JdPayUnknownMerchantException extends JdPayException {

    private static final long serialVersionUID = 1L;

    private final String merchantName;

    public JdPayUnknownMerchantException(String merchantName, String message) {
        super(message);
        this.merchantName = merchantName;
    }

    /** Name of the merchant that was asked for. */
    public String getMerchantName() {
        return this.merchantName;
    }
}
