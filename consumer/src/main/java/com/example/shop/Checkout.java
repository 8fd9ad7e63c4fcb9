package com.example.shop;

import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.TradeNotification;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Places orders with JD Pay and records the payments JD notifies. */
@Service
public class Checkout {

    private final JdPayTemplate jdPay;

    private final Map<String, Money> paid = new ConcurrentHashMap<>();

    public Checkout(JdPayTemplate jdPay) {
        this.jdPay = jdPay;
    }

    /**
     * Places an order paid in the JD app and returns what the app's SDK needs. The shop's own id for its user lets JD
     * bind that user to the payer's phone, so that later payments need no log-in.
     */
    public AppPayParams placeOrder(String userId, String orderId, String title, long fen) {
        UniOrderRequest order = UniOrderRequest.builder()
                .tradeNum(orderId)
                .tradeName(title)
                .amount(Money.ofFen(fen))
                .build();
        return this.jdPay.createAppPayment(userId, order);
    }

    /** JD's notification of a payment, verified by the starter before this method is called. */
    @JdPayNotifyHandler
    void paid(TradeNotification notification) {
        this.paid.put(notification.tradeNum(), notification.amount());
    }

    /** What JD has notified as paid for an order. */
    public Optional<Money> paidAmount(String orderId) {
        return Optional.ofNullable(this.paid.get(orderId));
    }
}
