package io.github.jdpay.test;

/** Where a simulated payment order is in its life. */
public enum OrderState {

    /** Created by uniorder or a cashier form, waiting for the payer. */
    CREATED,

    /** Paid; nothing refunded yet. */
    PAID,

    /** Paid, and part of the amount refunded. */
    PARTIALLY_REFUNDED,

    /** Paid, and the whole amount refunded. */
    REFUNDED,

    /** Revoked: closed before payment, or paid and then refunded in full by the revoke. */
    REVOKED,

    /** Not paid within its {@code expireTime}. */
    EXPIRED
}
