package io.github.jdpay.sample.order;

import java.time.Instant;

/**
 * A refund or revocation the shop asked JD for, recorded before asking so that an unknown outcome can be settled.
 *
 * @param refundTradeNum the refund's own trade number
 * @param tradeNum the refunded order's trade number
 * @param kind refund or revocation
 * @param amountFen amount to give back, in fen
 * @param status where it stands
 * @param createdAt when it was asked for
 */
public record ShopRefund(
        String refundTradeNum, String tradeNum, Kind kind, long amountFen, Status status, Instant createdAt) {

    /** Whether money goes back (part or all of a paid order) or the order is revoked as a whole. */
    public enum Kind {
        REFUND,
        REVOKE
    }

    /** Where a refund stands. */
    public enum Status {

        /** Asked for; JD's answer is pending or was lost. */
        PROCESSING,

        /** JD confirmed it. */
        SUCCEEDED,

        /** JD refused it, or it never reached JD. */
        FAILED
    }

    ShopRefund withStatus(Status status) {
        return new ShopRefund(this.refundTradeNum, this.tradeNum, this.kind, this.amountFen, status, this.createdAt);
    }
}
