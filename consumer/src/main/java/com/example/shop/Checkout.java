package com.example.shop;

import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
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

    /** Places an order with JD and returns the QR code its payer scans. */
    public String placeOrder(String orderId, String title, long fen) {
        UniOrderRequest order = UniOrderRequest.builder()
                .tradeNum(orderId)
                .tradeName(title)
                .amount(Money.ofFen(fen))
                .build();
        UniOrderResponse placed = this.jdPay.uniOrder(order, UniOrderTradeType.QR);
        return placed.qrCode();
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
