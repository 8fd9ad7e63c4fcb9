package io.github.jdpay.sample.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.RefundNotification;
import io.github.jdpay.notify.TradeNotification;
import io.github.jdpay.sample.ShopTestSupport;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The handlers apply JD's notifications once, check them against the shop's records and change nothing on doubt; the
 * ledger keeps refunds within what was paid.
 */
class PaymentNotificationsTest extends ShopTestSupport {

    private static final String MERCHANT = "22294531";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    PaymentNotifications notifications;

    @Autowired
    OrderLedger ledger;

    @Test
    void aRepeatedPaymentNotificationChangesNothingButTheCount() {
        String tradeNum = open(1000);

        this.notifications.paid(payment(MERCHANT, tradeNum, 1000));
        ShopOrder paid = this.ledger.order(tradeNum);
        this.notifications.paid(payment(MERCHANT, tradeNum, 1000));
        ShopOrder again = this.ledger.order(tradeNum);

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(again.status()).isEqualTo(OrderStatus.PAID);
        assertThat(again.paidAt()).isEqualTo(paid.paidAt());
        assertThat(again.notificationsHandled()).isEqualTo(2);
    }

    @Test
    void aPaymentOfAnotherAmountIsRefusedAndChangesNothing() {
        String tradeNum = open(1000);

        assertThatThrownBy(() -> this.notifications.paid(payment(MERCHANT, tradeNum, 999)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("999 fen");
        assertThat(this.ledger.order(tradeNum).status()).isEqualTo(OrderStatus.CREATED);
        assertThat(this.ledger.order(tradeNum).notificationsHandled()).isZero();
    }

    @Test
    void aPaymentForAnotherMerchantOrAnUnknownOrderIsRefused() {
        String tradeNum = open(1000);

        assertThatThrownBy(() -> this.notifications.paid(payment("11111111", tradeNum, 1000)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("merchant 11111111");
        assertThatThrownBy(() -> this.notifications.paid(payment(MERCHANT, "T-unknown", 1000)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("does not know");
    }

    @Test
    void aPaymentOfAClosedOrderIsRefused() {
        String tradeNum = open(1000);
        this.ledger.refundAnswered(this.ledger.startRevoke(tradeNum), RefundStatus.SUCCESS);

        assertThatThrownBy(() -> this.notifications.paid(payment(MERCHANT, tradeNum, 1000)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aRefundIsAppliedOnceWhetherItsAnswerOrItsNotificationComesFirst() {
        String tradeNum = paid(1000);
        ShopRefund refund = this.ledger.startRefund(tradeNum, 400L);

        this.notifications.refunded(refund(refund.refundTradeNum(), tradeNum, 400));
        this.ledger.refundAnswered(refund, RefundStatus.SUCCESS);
        this.notifications.refunded(refund(refund.refundTradeNum(), null, 400));

        ShopOrder order = this.ledger.order(tradeNum);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(order.refundedFen()).isEqualTo(400);
        assertThat(order.notificationsHandled()).isEqualTo(3);
        assertThat(this.ledger.refunds(tradeNum))
                .singleElement()
                .extracting(ShopRefund::status)
                .isEqualTo(ShopRefund.Status.SUCCEEDED);
    }

    @Test
    void aRefundIsAppliedOnceWhenItsAnswerAndItsNotificationsArriveTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 40; round++) {
                String tradeNum = paid(3000);
                ShopRefund refund = this.ledger.startRefund(tradeNum, 1000L);
                CyclicBarrier start = new CyclicBarrier(3);
                List<Callable<Object>> arrivals = List.of(
                        () -> {
                            start.await();
                            return this.ledger.refundAnswered(refund, RefundStatus.SUCCESS);
                        },
                        () -> {
                            start.await();
                            this.notifications.refunded(refund(refund.refundTradeNum(), tradeNum, 1000));
                            return tradeNum;
                        },
                        () -> {
                            start.await();
                            this.notifications.refunded(refund(refund.refundTradeNum(), null, 1000));
                            return tradeNum;
                        });
                for (Future<Object> arrival : pool.invokeAll(arrivals)) {
                    arrival.get();
                }

                ShopOrder order = this.ledger.order(tradeNum);
                assertThat(order.refundedFen()).as("round %d", round).isEqualTo(1000);
                assertThat(order.notificationsHandled()).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefundMadeElsewhereIsRecordedFromItsNotification() {
        String tradeNum = paid(1000);

        this.notifications.refunded(refund("console-refund-1", tradeNum, 1000));

        assertThat(this.ledger.order(tradeNum).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(this.ledger.refunds(tradeNum))
                .singleElement()
                .extracting(ShopRefund::refundTradeNum)
                .isEqualTo("console-refund-1");
    }

    @Test
    void aRefundNotificationThatContradictsTheShopIsRefused() {
        String tradeNum = paid(1000);
        ShopRefund refund = this.ledger.startRefund(tradeNum, 400L);

        assertThatThrownBy(() -> this.notifications.refunded(refund(refund.refundTradeNum(), tradeNum, 500)))
                .isInstanceOf(NotificationMismatchException.class);
        assertThatThrownBy(() -> this.notifications.refunded(refund("console-refund-2", tradeNum, 1001)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("1000 fen refundable");
        assertThatThrownBy(() -> this.notifications.refunded(refund("console-refund-3", null, 100)))
                .isInstanceOf(NotificationMismatchException.class)
                .hasMessageContaining("did not name");
        assertThat(this.ledger.order(tradeNum).refundedFen()).isZero();
    }

    @Test
    void refundsInProgressCountAgainstWhatIsLeft() {
        String tradeNum = paid(1000);
        this.ledger.startRefund(tradeNum, 600L);

        assertThatThrownBy(() -> this.ledger.startRefund(tradeNum, 500L))
                .isInstanceOf(OrderStateException.class)
                .hasMessageContaining("Only 4.00 yuan of order " + tradeNum + " is left to refund, not 5.00 yuan.");
        assertThatThrownBy(() -> this.ledger.startRevoke(tradeNum)).isInstanceOf(OrderStateException.class);
        assertThat(this.ledger.startRefund(tradeNum, null).amountFen()).isEqualTo(400);
    }

    @Test
    void aFailedRefundGivesItsAmountBackAndSpendsItsNumber() {
        String tradeNum = paid(1000);
        ShopRefund first = this.ledger.startRefund(tradeNum, 1000L);

        assertThat(this.ledger.refundAnswered(first, RefundStatus.FAILED).status())
                .isEqualTo(ShopRefund.Status.FAILED);
        ShopRefund second = this.ledger.startRefund(tradeNum, 1000L);

        assertThat(second.refundTradeNum()).isEqualTo(tradeNum + "R2");
    }

    private String open(long amountFen) {
        String tradeNum = "L" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        this.ledger.open(ShopOrder.create(tradeNum, MERCHANT, "茶", amountFen, Channel.QR, ShopOrder.now()));
        return tradeNum;
    }

    private String paid(long amountFen) {
        String tradeNum = open(amountFen);
        this.notifications.paid(payment(MERCHANT, tradeNum, amountFen));
        return tradeNum;
    }

    private static TradeNotification payment(String merchantNo, String tradeNum, long fen) {
        return new TradeNotification(
                "default",
                merchantNo,
                tradeNum,
                TradeType.PAYMENT,
                Money.ofFen(fen),
                TradeStatus.SUCCESS,
                null,
                List.of(),
                "<jdpay/>");
    }

    private static RefundNotification refund(String refundTradeNum, @Nullable String tradeNum, long fen) {
        return new RefundNotification(
                "default",
                MERCHANT,
                refundTradeNum,
                tradeNum,
                TradeType.REFUND,
                Money.ofFen(fen),
                null,
                RefundStatus.SUCCESS,
                null,
                "<jdpay/>");
    }
}
