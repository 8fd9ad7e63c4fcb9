package io.github.jdpay.sample.order;

/** The order is not in a state that allows what was asked, such as refunding an unpaid order. */
public class OrderStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderStateException(String message) {
        super(message);
    }
}
