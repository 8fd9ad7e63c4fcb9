package io.github.jdpay.client;

import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.BaiTiaoPlans;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.CustomerPayRequest;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.FkmPayResult;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.model.PaymentQueryResult;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.UserRelation;
import java.util.List;
import java.util.Map;

/**
 * Every JD Pay 2.0 operation for one merchant, typed; implemented by {@link JdPayTemplate}.
 *
 * <p>Each call validates its request before anything is signed ({@link io.github.jdpay.exception.JdPayValidationException}),
 * and either returns JD's verified answer or throws a subtype of {@link io.github.jdpay.exception.JdPayException}:
 * {@link io.github.jdpay.exception.JdPayApiException} when JD refused, {@link io.github.jdpay.exception.JdPayTransportException}
 * when JD could not be reached, and, for the calls that move money ({@link #uniOrder}, {@link #refund},
 * {@link #revoke}, {@link #fkmPay}), {@link io.github.jdpay.exception.JdPayOutcomeUnknownException} when the call may
 * have reached JD but no trustworthy answer came back: query the trade before trying again.
 */
public interface JdPayOperations {

    /**
     * Name of the merchant this instance acts for.
     *
     * @throws IllegalStateException if it acts for none (a template on a registry without a default merchant): every
     *     call then needs {@link #forMerchant(String)} first
     */
    String merchantName();

    /**
     * JD's number of the merchant this instance acts for, as its registry has it now.
     *
     * @throws io.github.jdpay.exception.JdPayUnknownMerchantException if the merchant was removed
     */
    String merchantNo();

    /**
     * The operations of another merchant. The name is checked now; each call of the operations returned looks the
     * merchant up again, and fails with {@link io.github.jdpay.exception.JdPayUnknownMerchantException}, sending
     * nothing, once the merchant is removed.
     *
     * @throws IllegalArgumentException if no merchant has that name now
     */
    JdPayOperations forMerchant(String name);

    /**
     * The aggregate-pay (聚合支付) operations of the configured aggregate merchant, whichever JD Pay 2.0 merchant this
     * instance acts for.
     *
     * @throws IllegalStateException if no aggregate merchant is configured
     */
    JdPayAggregateOperations aggregate();

    /**
     * Places a unified order ({@code uniorder}). Settle an unknown outcome with {@link #queryPayment(String)}.
     *
     * @param tradeType {@link UniOrderTradeType#GEN} for the APP SDK, {@link UniOrderTradeType#QR} for a QR code
     */
    UniOrderResponse uniOrder(UniOrderRequest request, UniOrderTradeType tradeType);

    /**
     * Places a {@code GEN} unified order for the merchant's user {@code userId} and returns what the JD APP SDK needs
     * to pay it. JD binds {@code userId} to the payer's phone after the first payment, so the user's later payments
     * need no login ({@link #getUserRelation}). Fails before calling JD if the merchant has no {@code appId} or MD5 key,
     * or if the request names another user.
     *
     * @param userId the merchant's own id for the paying user (a stable, opaque token, at most 64 characters)
     */
    AppPayParams createAppPayment(String userId, UniOrderRequest request);

    /**
     * As {@link #createAppPayment(String, UniOrderRequest)} with the request's own {@code userId}. Without one JD
     * cannot bind the payer, who then logs in on every payment; the first such order is logged at WARN.
     */
    AppPayParams createAppPayment(UniOrderRequest request);

    /** What the JD APP SDK needs to pay an order JD has already accepted (the second step of {@link #createAppPayment}). */
    AppPayParams appPayParams(String orderId);

    /** The signed form that takes a desktop browser to JD's PC cashier ({@code saveOrder}). */
    CashierForm pcCashierForm(UniOrderRequest request);

    /** The signed form that takes a mobile browser to JD's H5 cashier ({@code saveOrder}). */
    CashierForm h5CashierForm(UniOrderRequest request);

    /** The signed form of a merchant QR payment for the order's amount ({@code customerPay}, {@code DRCT}). */
    CashierForm customerPayForm(UniOrderRequest request);

    /**
     * The signed form of a merchant QR payment in either mode: for a fixed amount ({@code DRCT}) or with the amount
     * typed by the payer ({@code CUST}), as {@link CustomerPayRequest#tradeType()} says.
     */
    CashierForm customerPayForm(CustomerPayRequest request);

    /**
     * The Baitiao (白条) instalment plans JD offers for {@code amount} ({@code queryBaiTiaoFQ}). Retried on transport
     * failures.
     *
     * @param tradeNum a number of the merchant's for this query, letters and digits
     */
    BaiTiaoPlans queryBaiTiaoFQ(String tradeNum, Money amount);

    /** The state of a payment ({@code query}, trade type 0). Retried on transport failures. */
    PaymentQueryResult queryPayment(String tradeNum);

    /** The state of one refund ({@code query}, trade type 1). Retried on transport failures. */
    RefundResult queryRefund(String refundTradeNum, String originalTradeNum);

    /** Every refund of a payment ({@code queryRefund}). Retried on transport failures. */
    List<RefundResult> listRefunds(String originalTradeNum);

    /**
     * Refunds (part of) a payment. Settle an unknown outcome with {@link #queryRefund(String, String)}; after a final
     * refusal such as {@code RFND100008} a new attempt needs a new refund {@code tradeNum}.
     */
    RefundResult refund(RefundRequest request);

    /**
     * Revokes an order: closes it if unpaid, refunds it in full if paid. Settle an unknown outcome with
     * {@link #queryPayment(String)} of the original trade and {@link #listRefunds(String)}.
     */
    RefundResult revoke(RevokeRequest request);

    /** Takes a payment with the payer's payment code. Settle an unknown outcome with {@link #queryPayment(String)}. */
    FkmPayResult fkmPay(FkmPayRequest request);

    /** Whether JD has bound {@code userId} to a JD account ({@code getUserRelation}). Retried on transport failures. */
    UserRelation getUserRelation(String userId);

    /** Removes JD's binding of {@code userId} ({@code cancelUserRelation}); calling it again is harmless. */
    void cancelUserRelation(String userId);

    /**
     * Decrypts and verifies the form JD's cashier made the browser post to {@code callbackUrl}. For the page shown to
     * the payer only: whether the order is paid comes from the notification or {@link #queryPayment(String)}.
     *
     * @throws io.github.jdpay.exception.JdPaySignatureException if the form is not signed by JD
     */
    PageCallback verifyPageCallback(Map<String, String> postedFields);
}
