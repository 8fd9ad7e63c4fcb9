package io.github.jdpay.sample.order;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Places orders: records each one, then asks JD for what the payer needs on the chosen channel. No database
 * transaction is open while JD is called.
 */
@Service
public class Checkout {

    /**
     * The shop's id for the payer, which JD's cashier binds the payer's card to. The demo has no log-in; a real shop
     * passes its customer's id.
     */
    static final String SHOPPER_ID = "sample-shopper";

    private final JdPayOperations jdPay;

    /** Aggregate pay's client, there only when {@code jdpay.aggregate.*} configures its merchant. */
    private final @Nullable JdPayAggregateOperations aggregate;

    private final OrderLedger ledger;

    private final TradeNumbers tradeNumbers;

    Checkout(
            JdPayOperations jdPay,
            ObjectProvider<JdPayAggregateOperations> aggregate,
            OrderLedger ledger,
            TradeNumbers tradeNumbers) {
        this.jdPay = jdPay;
        this.aggregate = aggregate.getIfAvailable();
        this.ledger = ledger;
        this.tradeNumbers = tradeNumbers;
    }

    /** The channels this shop can take payments on: aggregate QR codes only with an aggregate merchant. */
    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.of(Channel.APP, Channel.PC, Channel.H5, Channel.QR);
        if (this.aggregate != null) {
            channels.add(Channel.AGGREGATE_QR);
        }
        return channels;
    }

    /**
     * Places an order and starts its payment.
     *
     * @throws io.github.jdpay.exception.JdPayException if JD refused the order (it is then closed) or its answer was
     *     lost ({@link JdPayOutcomeUnknownException}: the order stays open, its notification settles it)
     * @throws IllegalArgumentException if the shop does not take payments on that channel
     */
    public PaymentStart start(String title, Money amount, Channel channel) {
        if (!channels().contains(channel)) {
            throw new IllegalArgumentException("This shop takes no " + channel + " payments.");
        }
        String tradeNum = this.tradeNumbers.next();
        UniOrderRequest request = request(tradeNum, title, amount);
        // Aggregate pay is a merchant of its own, whose number its notifications carry.
        String merchantNo = (channel == Channel.AGGREGATE_QR && this.aggregate != null)
                ? this.aggregate.merchantNo()
                : this.jdPay.merchantNo();
        ShopOrder order = ShopOrder.create(tradeNum, merchantNo, title, amount.fen(), channel, ShopOrder.now());
        this.ledger.open(order);
        try {
            return switch (channel) {
                case APP -> {
                    AppPayParams params = this.jdPay.createAppPayment(request);
                    yield new PaymentStart(
                            this.ledger.placed(tradeNum, params.orderId(), null), params, null, null, null);
                }
                // Signed here, not sent: JD hears of the order when the payer's browser posts the form.
                case PC -> new PaymentStart(order, null, this.jdPay.pcCashierForm(request), null, null);
                case H5 -> new PaymentStart(order, null, this.jdPay.h5CashierForm(request), null, null);
                case QR -> {
                    UniOrderResponse placed = this.jdPay.uniOrder(request, UniOrderTradeType.QR);
                    yield new PaymentStart(
                            this.ledger.placed(tradeNum, placed.orderId(), placed.qrCode()),
                            null,
                            null,
                            placed.qrCode(),
                            null);
                }
                case AGGREGATE_QR -> {
                    // tag::scan-url[]
                    ScanUrl scan = Objects.requireNonNull(this.aggregate)
                            .getScanUrl(ScanUrlRequest.builder()
                                    .outTradeNo(tradeNum)
                                    .amount(amount)
                                    .tradeName(title)
                                    .userId(SHOPPER_ID)
                                    .build());
                    String scanUrl = scan.url().toString();
                    // end::scan-url[]
                    yield new PaymentStart(this.ledger.placed(tradeNum, null, scanUrl), null, null, null, scanUrl);
                }
            };
        } catch (JdPayOutcomeUnknownException ex) {
            // JD may have the order: it stays open, and JD's notification (or a query) settles it.
            throw ex;
        } catch (RuntimeException ex) {
            this.ledger.refused(tradeNum);
            throw ex;
        }
    }

    /**
     * The cashier form of a PC or H5 order, signed again: what the payer's browser posts to JD's cashier.
     *
     * @throws IllegalArgumentException if the order is not paid at a cashier
     */
    public CashierForm cashierForm(ShopOrder order) {
        UniOrderRequest request = request(order.tradeNum(), order.title(), Money.ofFen(order.amountFen()));
        return switch (order.channel()) {
            case PC -> this.jdPay.pcCashierForm(request);
            case H5 -> this.jdPay.h5CashierForm(request);
            default -> throw new IllegalArgumentException(order.channel() + " orders have no cashier form");
        };
    }

    private static UniOrderRequest request(String tradeNum, String title, Money amount) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName(title)
                .amount(amount)
                .userId(SHOPPER_ID)
                .build();
    }
}
