package io.github.jdpay.sample.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.sample.order.Channel;
import io.github.jdpay.sample.order.OrderStatus;
import io.github.jdpay.sample.order.PaymentStart;
import io.github.jdpay.sample.order.ShopOrder;
import io.github.jdpay.sample.order.ShopRefund;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as the JSON API shows it; components that do not apply are left out. Amounts are in fen.
 *
 * @param tradeNum the order's number
 * @param title what the payer sees
 * @param amountFen amount to pay
 * @param channel how it is paid
 * @param status where it stands
 * @param refundedFen amount refunded so far
 * @param notificationsHandled how many distinct JD notifications moved or confirmed it
 * @param createdAt when it was placed
 * @param paidAt when JD's payment notification was handled
 * @param qrCode for QR orders: the URL to show as a QR code
 * @param scanUrl for aggregate QR orders: the URL to show as a QR code
 * @param qrImage for QR channels: this shop's PNG of that QR code
 * @param appPayParams for APP orders, on creation: what the app hands to JD's SDK
 * @param cashierForm for PC and H5 orders, on creation: the form the browser posts to JD's cashier
 * @param refunds the order's refunds and revocations, when one order is asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderJson(
        String tradeNum,
        String title,
        long amountFen,
        Channel channel,
        OrderStatus status,
        long refundedFen,
        int notificationsHandled,
        Instant createdAt,
        @Nullable Instant paidAt,
        @Nullable String qrCode,
        @Nullable String scanUrl,
        @Nullable String qrImage,
        @Nullable AppPayParams appPayParams,
        @Nullable CashierForm cashierForm,
        @Nullable List<RefundJson> refunds) {

    static OrderJson of(ShopOrder order) {
        return of(order, null, null, null);
    }

    static OrderJson of(ShopOrder order, List<ShopRefund> refunds) {
        return of(order, null, null, refunds.stream().map(RefundJson::of).toList());
    }

    static OrderJson created(PaymentStart start) {
        return of(start.order(), start.appPayParams(), start.cashierForm(), null);
    }

    private static OrderJson of(
            ShopOrder order,
            @Nullable AppPayParams appPayParams,
            @Nullable CashierForm cashierForm,
            @Nullable List<RefundJson> refunds) {
        String payUrl = order.payUrl();
        boolean aggregate = order.channel() == Channel.AGGREGATE_QR;
        return new OrderJson(
                order.tradeNum(),
                order.title(),
                order.amountFen(),
                order.channel(),
                order.status(),
                order.refundedFen(),
                order.notificationsHandled(),
                order.createdAt(),
                order.paidAt(),
                aggregate ? null : payUrl,
                aggregate ? payUrl : null,
                (payUrl != null) ? QrCodeController.path(order.tradeNum()) : null,
                appPayParams,
                cashierForm,
                refunds);
    }

    /**
     * A refund or revocation.
     *
     * @param refundTradeNum its own trade number
     * @param kind {@code REFUND} or {@code REVOKE}
     * @param amountFen amount given back
     * @param status {@code PROCESSING}, {@code SUCCEEDED} or {@code FAILED}
     * @param createdAt when it was asked for
     */
    record RefundJson(
            String refundTradeNum, ShopRefund.Kind kind, long amountFen, ShopRefund.Status status, Instant createdAt) {

        static RefundJson of(ShopRefund refund) {
            return new RefundJson(
                    refund.refundTradeNum(), refund.kind(), refund.amountFen(), refund.status(), refund.createdAt());
        }
    }
}
