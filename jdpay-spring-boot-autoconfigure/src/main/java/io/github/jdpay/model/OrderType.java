package io.github.jdpay.model;

/** What an order sells (JD's {@code orderType}). */
public enum OrderType {

    /** {@code 0} 实物: physical goods. */
    PHYSICAL("0"),

    /** {@code 1} 虚拟: virtual goods or services. */
    VIRTUAL("1");

    private final String code;

    OrderType(String code) {
        this.code = code;
    }

    /** JD's wire code. */
    public String code() {
        return this.code;
    }
}
