package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.merchant.JdPayMerchant;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Without Spring Boot, build one with {@link #builder()}. Another configured merchant is
 * {@code jdPay.forMerchant("shop2")}: a template of its own, no thread-local state.
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

    private final Map<String, MerchantChannel> channels;

    private final MerchantChannel channel;

    private final @Nullable JdPayAggregateOperations aggregate;

    private final Clock clock;

    private final MissingUserId missingUserId;

    JdPayTemplate(
            Map<String, MerchantChannel> channels,
            String merchantName,
            @Nullable JdPayAggregateOperations aggregate,
            Clock clock,
            MissingUserId missingUserId) {
        this.channel = Objects.requireNonNull(
                channels.get(merchantName), () -> "no JD Pay merchant named '" + merchantName + "'");
        this.missingUserId = missingUserId;
        this.channels = channels;
        this.aggregate = aggregate;
        this.clock = clock;
    }

    /** Starts a template for one or more merchants. */
    public static JdPayTemplateBuilder builder() {
        return new JdPayTemplateBuilder();
    }

    @Override
    public String merchantName() {
        return this.channel.merchant().name();
    }

    @Override
    public String merchantNo() {
        return this.channel.merchant().merchantNo();
    }

    @Override
    public JdPayTemplate forMerchant(String name) {
        if (!this.channels.containsKey(name)) {
            throw new IllegalArgumentException(
                    "no JD Pay merchant named '" + name + "'; configured: " + this.channels.keySet());
        }
        return new JdPayTemplate(this.channels, name, this.aggregate, this.clock, this.missingUserId);
    }

    @Override
    public JdPayAggregateOperations aggregate() {
        if (this.aggregate == null) {
            throw new IllegalStateException(
                    "no aggregate-pay merchant is configured: set jdpay.aggregate.merchant-no and its keys");
        }
        return this.aggregate;
    }

    @Override
    public UniOrderResponse uniOrder(UniOrderRequest request, UniOrderTradeType tradeType) {
        return this.channel.call(
                Operation.UNIORDER,
                () -> fields().order(request).put("tradeType", tradeType.name()),
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
        requireAppSettings();
        if (request.userId() == null) {
            this.missingUserId.warn(this.channel.merchant().merchantNo(), request.tradeNum());
        }
        return appPayParams(uniOrder(request, UniOrderTradeType.GEN).orderId());
    }

    @Override
    public AppPayParams appPayParams(String orderId) {
        AppSettings app = requireAppSettings();
        if (orderId.isBlank()) {
            throw new JdPayValidationException("orderId", "is required");
        }
        String signData = app.merchant().appSignData(orderId);
        return new AppPayParams(orderId, app.merchant().merchantNo(), app.appId(), signData);
    }

    /** The merchant and the app id APP payments need, once it and the MD5 key are known to be configured. */
    private record AppSettings(JdPayMerchant merchant, String appId) {}

    private AppSettings requireAppSettings() {
        JdPayMerchant merchant = this.channel.merchant();
        String appId = merchant.appId();
        String md5Key = merchant.md5Key();
        if (appId == null || md5Key == null) {
            throw new JdPayValidationException(
                    appId == null ? "appId" : "md5Key",
                    "is not configured for merchant '" + merchant.name() + "'; APP payments need appId and md5Key");
        }
        return new AppSettings(merchant, appId);
    }

    @Override
    public CashierForm pcCashierForm(UniOrderRequest request) {
        return this.channel.form(
                this.channel.endpoints().pcSaveOrder(), fields().order(request).cashier(request));
    }

    @Override
    public CashierForm h5CashierForm(UniOrderRequest request) {
        return this.channel.form(
                this.channel.endpoints().h5SaveOrder(), fields().order(request).cashier(request));
    }

    @Override
    public CashierForm customerPayForm(UniOrderRequest request) {
        RequestFields fields = fields().order(request).callbackUrl(request).put("tradeType", "DRCT");
        return this.channel.form(this.channel.endpoints().h5CustomerPay(), fields);
    }

    @Override
    public CashierForm customerPayForm(CustomerPayRequest request) {
        return this.channel.form(this.channel.endpoints().h5CustomerPay(), fields().customerPay(request));
    }

    @Override
    public BaiTiaoPlans queryBaiTiaoFQ(String tradeNum, Money amount) {
        String checked = FieldRules.tradeNum("tradeNum", tradeNum);
        String fen = Long.toString(FieldRules.positive("amount", amount).fen());
        return this.channel.call(
                Operation.QUERY_BAITIAO_FQ,
                () -> fields().put("tradeNum", checked).put("amount", fen),
                checked,
                BaiTiaoDocument::plans);
    }

    @Override
    public PaymentQueryResult queryPayment(String tradeNum) {
        String checked = FieldRules.tradeNum("tradeNum", tradeNum);
        return this.channel.call(
                Operation.QUERY,
                () -> fields().put("tradeNum", checked).put("tradeType", TradeType.PAYMENT.code()),
                checked,
                DocumentReader::payment);
    }

    @Override
    public RefundResult queryRefund(String refundTradeNum, String originalTradeNum) {
        String checked = FieldRules.tradeNum("tradeNum", refundTradeNum);
        return this.channel.call(
                Operation.QUERY,
                () -> fields().put("tradeNum", checked)
                        .put("oTradeNum", FieldRules.tradeNum("oTradeNum", originalTradeNum))
                        .put("tradeType", TradeType.REFUND.code()),
                checked,
                root -> DocumentReader.refund(root, TradeType.REFUND));
    }

    @Override
    public List<RefundResult> listRefunds(String originalTradeNum) {
        return this.channel.call(
                Operation.QUERY_REFUND,
                () -> fields().put("oTradeNum", FieldRules.tradeNum("oTradeNum", originalTradeNum))
                        .put("tradeType", TradeType.REFUND.code()),
                null,
                DocumentReader::refunds);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return this.channel.call(
                Operation.REFUND,
                () -> fields().refund(request),
                request.tradeNum(),
                root -> DocumentReader.refund(root, TradeType.REFUND));
    }

    @Override
    public RefundResult revoke(RevokeRequest request) {
        return this.channel.call(
                Operation.REVOKE,
                () -> fields().revoke(request),
                request.tradeNum(),
                root -> DocumentReader.refund(root, TradeType.REVOKE));
    }

    @Override
    public FkmPayResult fkmPay(FkmPayRequest request) {
        return this.channel.call(
                Operation.FKM_PAY, () -> fields().fkmPay(request), request.tradeNum(), DocumentReader::fkmPay);
    }

    @Override
    public UserRelation getUserRelation(String userId) {
        String checked = FieldRules.required("userId", userId, 64);
        boolean bound = this.channel.call(
                Operation.GET_USER_RELATION, () -> fields().put("userId", checked), null, DocumentReader::userRelation);
        return new UserRelation(checked, bound);
    }

    @Override
    public void cancelUserRelation(String userId) {
        this.channel.call(
                Operation.CANCEL_USER_RELATION,
                () -> fields().put("userId", FieldRules.required("userId", userId, 64)),
                null,
                root -> root);
    }

    @Override
    public PageCallback verifyPageCallback(Map<String, String> postedFields) {
        return DocumentReader.pageCallback(this.channel.openForm(postedFields));
    }

    private RequestFields fields() {
        return RequestFields.of(this.channel.merchant(), this.clock);
    }

    @Override
    public String toString() {
        return "JdPayTemplate[merchant=" + merchantName() + " (" + merchantNo() + "), merchants="
                + this.channels.keySet() + "]";
    }
}
