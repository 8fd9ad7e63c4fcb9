package io.github.jdpay.sample.order;

/** Where a shop order stands; only JD's notifications and verified answers move it on. */
public enum OrderStatus {

    /** Placed, not paid yet. */
    CREATED,

    /** JD notified the payment. */
    PAID,

    /** Paid, and part of it refunded. */
    PARTIALLY_REFUNDED,

    /** Paid, and all of it refunded. */
    REFUNDED,

    /** Revoked (refunded in full if it was paid), or refused by JD: it can no longer be paid. */
    CLOSED;

    /** The status in words, as a sentence about the order continues: "order S1 is ...". */
    public String words() {
        return switch (this) {
            case CREATED -> "not paid yet";
            case PAID -> "paid";
            case PARTIALLY_REFUNDED -> "partly refunded";
            case REFUNDED -> "refunded in full";
            case CLOSED -> "closed";
        };
    }

    /** Whether money was received for the order and some of it may still be refunded. */
    public boolean isRefundable() {
        return this == PAID || this == PARTIALLY_REFUNDED;
    }
}
