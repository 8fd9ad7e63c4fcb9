package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.BaiTiaoPlans;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.CustomerPayRequest;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.FkmPayResult;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.model.PaymentQueryResult;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.UserRelation;
import io.github.jdpay.protocol.BaiTiaoDocument;
import io.github.jdpay.protocol.DocumentReader;
import io.github.jdpay.protocol.XmlNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The JD Pay client: every JD Pay 2.0 operation for one merchant, typed and validated, over Spring's
 * {@code RestClient}.
 *
 * <h2>Share one</h2>
 * A template is immutable and thread-safe, and holds its merchants' keys and an HTTP client with its connection pool:
 * create one per application and share it. With the starter, inject the auto-configured one:
 * <pre>{@code
 * AppPayParams params = jdPay.createAppPayment(user.id(), UniOrderRequest.builder()
 *         .tradeNum(order.id())
 *         .tradeName(order.title())
 *         .amount(Money.ofFen(order.fen()))
 *         .build());
 * }</pre>
 * Without Spring Boot, build one with {@link #builder()}. Another merchant is {@code jdPay.forMerchant("shop2")}: a
 * template of its own, no thread-local state.
 *
 * <h2>Merchants that change</h2>
 * The merchants come from a {@link io.github.jdpay.merchant.JdPayMerchantRegistry}, asked on every call: a merchant
 * added, given new keys or removed there takes effect with the next request. A call for a merchant the registry no
 * longer holds throws {@link io.github.jdpay.exception.JdPayUnknownMerchantException} and sends nothing.
 *
 * <h2>When a call fails</h2>
 * Requests are validated before anything is signed. Read-only calls ({@code queryPayment}, {@code queryRefund},
 * {@code listRefunds}, {@code getUserRelation}) are retried on transport failures. Calls that move money are tried
 * once; if the answer is lost or cannot be trusted, the outcome is unknown, and a query settles it:
 * <pre>{@code
 * try {
 *     return jdPay.refund(refund);
 * } catch (JdPayOutcomeUnknownException ex) {
 *     // JD may have refunded, or may still be working on it: ask before trying again.
 *     return jdPay.queryRefund(refund.tradeNum(), refund.originalTradeNum());
 * }
 * }</pre>
 * A query that finds nothing ({@link io.github.jdpay.exception.JdPayApiException}) means JD has no record of the call
 * so far: repeat it with the same {@code tradeNum}, never a new one, so that JD recognises it as the same request.
 */
public final class JdPayTemplate implements JdPayOperations {

    private final MerchantChannels channels;

    private final @Nullable String merchantName;

    private final @Nullable JdPayAggregateOperations aggregate;

    private final MissingUserId missingUserId;

    JdPayTemplate(
            MerchantChannels channels,
            @Nullable String merchantName,
            @Nullable JdPayAggregateOperations aggregate,
            MissingUserId missingUserId) {
        this.channels = channels;
        this.merchantName = merchantName;
        this.aggregate = aggregate;
        this.missingUserId = missingUserId;
    }

    /** Starts a template for one or more merchants. */
    public static JdPayTemplateBuilder builder() {
        return new JdPayTemplateBuilder();
    }

    @Override
    public String merchantName() {
        return MerchantChannels.required(this.merchantName);
    }

    @Override
    public String merchantNo() {
        return channel().merchant().merchantNo();
    }

    @Override
    public JdPayTemplate forMerchant(String name) {
        this.channels.requireKnown(name);
        return new JdPayTemplate(this.channels, name, this.aggregate, this.missingUserId);
    }

    @Override
    public JdPayAggregateOperations aggregate() {
        if (this.aggregate == null) {
            throw new IllegalStateException(
                    "no aggregate-pay merchant is configured: set jdpay.aggregate.merchant-no and its keys");
        }
        return this.aggregate;
    }

    /** This template's merchant as the registry has it now; one per call, so a call never mixes two keys. */
    private MerchantChannel channel() {
        return this.channels.channel(merchantName());
    }

    private <T> T call(
            Operation operation,
            UnaryOperator<RequestFields> fields,
            @Nullable String tradeNum,
            Function<XmlNode, T> reader) {
        return channel().call(operation, fields, tradeNum, reader);
    }

    @Override
    public UniOrderResponse uniOrder(UniOrderRequest request, UniOrderTradeType tradeType) {
        return call(
                Operation.UNIORDER,
                f -> f.order(request).put("tradeType", tradeType.name()),
                request.tradeNum(),
                DocumentReader::uniOrder);
    }

    @Override
    public AppPayParams createAppPayment(String userId, UniOrderRequest request) {
        String own = request.userId();
        if (own != null && !own.equals(userId)) {
            throw new JdPayValidationException("userId", "differs from the request's own userId");
        }
        return createAppPayment(request.withUserId(userId));
    }

    @Override
    public AppPayParams createAppPayment(UniOrderRequest request) {
        MerchantChannel channel = channel();
        channel.appId();
        if (request.userId() == null) {
            this.missingUserId.warn(channel.merchant().merchantNo(), request.tradeNum());
        }
        String orderId = channel.call(
                        Operation.UNIORDER,
                        f -> f.order(request).put("tradeType", UniOrderTradeType.GEN.name()),
                        request.tradeNum(),
                        DocumentReader::uniOrder)
                .orderId();
        return channel.appPayParams(orderId);
    }

    @Override
    public AppPayParams appPayParams(String orderId) {
        return channel().appPayParams(orderId);
    }

    @Override
    public CashierForm pcCashierForm(UniOrderRequest request) {
        return channel().form(JdPayEndpoints::pcSaveOrder, f -> f.order(request).cashier(request));
    }

    @Override
    public CashierForm h5CashierForm(UniOrderRequest request) {
        return channel().form(JdPayEndpoints::h5SaveOrder, f -> f.order(request).cashier(request));
    }

    @Override
    public CashierForm customerPayForm(UniOrderRequest request) {
        return channel().form(JdPayEndpoints::h5CustomerPay, f -> f.order(request)
                .callbackUrl(request)
                .put("tradeType", "DRCT"));
    }

    @Override
    public CashierForm customerPayForm(CustomerPayRequest request) {
        return channel().form(JdPayEndpoints::h5CustomerPay, f -> f.customerPay(request));
    }

    @Override
    public BaiTiaoPlans queryBaiTiaoFQ(String tradeNum, Money amount) {
        String checked = FieldRules.tradeNum("tradeNum", tradeNum);
        String fen = Long.toString(FieldRules.positive("amount", amount).fen());
        return call(
                Operation.QUERY_BAITIAO_FQ,
                f -> f.put("tradeNum", checked).put("amount", fen),
                checked,
                BaiTiaoDocument::plans);
    }

    @Override
    public PaymentQueryResult queryPayment(String tradeNum) {
        String checked = FieldRules.tradeNum("tradeNum", tradeNum);
        return call(
                Operation.QUERY,
                f -> f.put("tradeNum", checked).put("tradeType", TradeType.PAYMENT.code()),
                checked,
                DocumentReader::payment);
    }

    @Override
    public RefundResult queryRefund(String refundTradeNum, String originalTradeNum) {
        String checked = FieldRules.tradeNum("tradeNum", refundTradeNum);
        return call(
                Operation.QUERY,
                f -> f.put("tradeNum", checked)
                        .put("oTradeNum", FieldRules.tradeNum("oTradeNum", originalTradeNum))
                        .put("tradeType", TradeType.REFUND.code()),
                checked,
                root -> DocumentReader.refund(root, TradeType.REFUND));
    }

    @Override
    public List<RefundResult> listRefunds(String originalTradeNum) {
        return call(
                Operation.QUERY_REFUND,
                f -> f.put("oTradeNum", FieldRules.tradeNum("oTradeNum", originalTradeNum))
                        .put("tradeType", TradeType.REFUND.code()),
                null,
                DocumentReader::refunds);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return call(
                Operation.REFUND,
                f -> f.refund(request),
                request.tradeNum(),
                root -> DocumentReader.refund(root, TradeType.REFUND));
    }

    @Override
    public RefundResult revoke(RevokeRequest request) {
        return call(
                Operation.REVOKE,
                f -> f.revoke(request),
                request.tradeNum(),
                root -> DocumentReader.refund(root, TradeType.REVOKE));
    }

    @Override
    public FkmPayResult fkmPay(FkmPayRequest request) {
        return call(Operation.FKM_PAY, f -> f.fkmPay(request), request.tradeNum(), DocumentReader::fkmPay);
    }

    @Override
    public UserRelation getUserRelation(String userId) {
        String checked = FieldRules.required("userId", userId, 64);
        boolean bound = channel()
                .call(Operation.GET_USER_RELATION, f -> f.put("userId", checked), null, DocumentReader::userRelation);
        return new UserRelation(checked, bound);
    }

    @Override
    public void cancelUserRelation(String userId) {
        call(
                Operation.CANCEL_USER_RELATION,
                f -> f.put("userId", FieldRules.required("userId", userId, 64)),
                null,
                root -> root);
    }

    @Override
    public PageCallback verifyPageCallback(Map<String, String> postedFields) {
        return DocumentReader.pageCallback(channel().openForm(postedFields));
    }

    @Override
    public String toString() {
        return "JdPayTemplate[merchant=" + this.merchantName + ", registry of " + this.channels + "]";
    }
}
