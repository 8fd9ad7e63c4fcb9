package io.github.jdpay.sample.order;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.aggregate.AggregateRefund;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Refunds and revocations: each is recorded first, then asked of JD, then settled by JD's verified answer or, if the
 * answer was lost, by JD's refund notification.
 */
@Service
public class Refunds {

    private static final Log logger = LogFactory.getLog(Refunds.class);

    /** JD's answer to a call about a trade it has no record of (交易不存在). */
    static final String TRADE_NOT_FOUND = "TRDE900001";

    private final JdPayOperations jdPay;

    private final OrderLedger ledger;

    Refunds(JdPayOperations jdPay, OrderLedger ledger) {
        this.jdPay = jdPay;
        this.ledger = ledger;
    }

    /**
     * Refunds part or all of a paid order.
     *
     * @param amountFen amount to give back; {@code null} for everything still refundable
     * @return the refund, {@link ShopRefund.Status#PROCESSING} if JD has not settled it yet
     * @throws OrderStateException if the order is not paid or the amount is more than is left
     * @throws JdPayException if JD refused the refund (it is then recorded as failed)
     */
    public ShopRefund refund(String tradeNum, @Nullable Long amountFen) {
        boolean aggregate = this.ledger.order(tradeNum).channel() == Channel.AGGREGATE_QR;
        ShopRefund refund = this.ledger.startRefund(tradeNum, amountFen);
        Money amount = Money.ofFen(refund.amountFen());
        if (aggregate) {
            // An aggregate order is refunded through aggregate pay, whose refund states are its own.
            return ask(
                    refund,
                    () -> status(this.jdPay
                            .aggregate()
                            .refund(AggregateRefundRequest.builder()
                                    .outRefundNo(refund.refundTradeNum())
                                    .outTradeNo(tradeNum)
                                    .amount(amount)
                                    .build())));
        }
        return ask(refund, () -> this.jdPay
                .refund(RefundRequest.builder()
                        .tradeNum(refund.refundTradeNum())
                        .originalTradeNum(tradeNum)
                        .amount(amount)
                        .build())
                .status());
    }

    /**
     * Revokes an order: JD closes it if unpaid and refunds it in full if paid.
     *
     * @throws OrderStateException if the order is refunded, partly refunded or closed
     * @throws JdPayException if JD refused the revocation
     */
    public ShopRefund revoke(String tradeNum) {
        if (this.ledger.order(tradeNum).channel() == Channel.AGGREGATE_QR) {
            throw new OrderStateException("Order " + tradeNum + " was placed through aggregate pay, which has no"
                    + " revocation: refund it once it is paid.");
        }
        ShopOrder order = this.ledger.order(tradeNum);
        ShopRefund revoke = this.ledger.startRevoke(tradeNum);
        return ask(revoke, () -> {
            try {
                return this.jdPay
                        .revoke(RevokeRequest.builder()
                                .tradeNum(revoke.refundTradeNum())
                                .originalTradeNum(tradeNum)
                                .amount(Money.ofFen(revoke.amountFen()))
                                .build())
                        .status();
            } catch (JdPayApiException ex) {
                if (neverReachedJd(order, ex)) {
                    // A cashier form is signed by the shop and posted by the payer's browser: if it never was, JD has
                    // no order to revoke, and closing it here is all there is to do. Should the payer post the form
                    // later and pay, the payment notification of a closed order is refused and logged for a refund.
                    logger.info("Order " + tradeNum + " never reached JD (" + ex.getCode() + "): closed by the shop");
                    return RefundStatus.SUCCESS;
                }
                throw ex;
            }
        });
    }

    /** Whether JD does not know an unpaid cashier order, whose form the payer's browser never posted. */
    private static boolean neverReachedJd(ShopOrder order, JdPayApiException ex) {
        boolean cashier = order.channel() == Channel.PC || order.channel() == Channel.H5;
        return cashier && order.status() == OrderStatus.CREATED && TRADE_NOT_FOUND.equals(ex.getCode());
    }

    /** Aggregate pay's refund states in JD Pay 2.0's terms: FINISH refunded, CLOSE failed, anything else pending. */
    private static RefundStatus status(AggregateRefund refund) {
        return switch (refund.payStatus()) {
            case FINISH -> RefundStatus.SUCCESS;
            case CLOSE -> RefundStatus.FAILED;
            default -> RefundStatus.PROCESSING;
        };
    }

    private ShopRefund ask(ShopRefund refund, Supplier<RefundStatus> jd) {
        RefundStatus answer;
        try {
            answer = jd.get();
        } catch (JdPayOutcomeUnknownException ex) {
            // It may have reached JD: keep it in progress rather than guess. JD's refund notification settles it,
            // or a query (queryRefund) by whoever looks at refunds stuck in PROCESSING.
            logger.warn("Outcome of " + refund.kind() + " " + refund.refundTradeNum() + " unknown: " + ex.getMessage());
            return refund;
        } catch (JdPayException ex) {
            this.ledger.refundAnswered(refund, RefundStatus.FAILED);
            throw ex;
        }
        return this.ledger.refundAnswered(refund, answer);
    }
}
