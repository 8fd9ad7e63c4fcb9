package io.github.jdpay.sample.order;

/** There is no order with that trade number. */
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(String tradeNum) {
        super("no order " + tradeNum);
    }
}
