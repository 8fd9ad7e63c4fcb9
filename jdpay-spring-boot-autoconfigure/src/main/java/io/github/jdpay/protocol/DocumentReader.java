package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.model.CardDetail;
import io.github.jdpay.model.FkmPayResult;
import io.github.jdpay.model.JdTime;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.model.PayItem;
import io.github.jdpay.model.PayType;
import io.github.jdpay.model.PaymentQueryResult;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.model.UniOrderResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the fields of JD's verified documents to the typed model; a missing or malformed field is an error. The
 * template reads its answers with it, and the notification endpoint JD's notifications, which share their fields.
 */
public final class DocumentReader {

    /** Currency JD assumes when a message leaves it out. */
    public static final String CURRENCY = "CNY";

    private DocumentReader() {}

    public static UniOrderResponse uniOrder(XmlNode root) {
        String expireTime = optional(root, "expireTime");
        return new UniOrderResponse(
                required(root, "tradeNum"),
                required(root, "orderId"),
                optional(root, "merchantName"),
                amount(root, "amount"),
                (expireTime != null) ? Duration.ofSeconds(number(expireTime, "expireTime")) : null,
                optional(root, "qrCode"));
    }

    /** A payment as {@code query} answers it and its notification reports it. */
    public static PaymentQueryResult payment(XmlNode root) {
        List<PayItem> payList = new ArrayList<>();
        XmlNode list = root.child("payList");
        if (list != null) {
            for (XmlNode pay : list.children("pay")) {
                payList.add(payItem(pay));
            }
        }
        return new PaymentQueryResult(
                required(root, "tradeNum"),
                amount(root, "amount"),
                TradeStatus.fromCode(required(root, "status")),
                optional(root, "note"),
                payList);
    }

    private static PayItem payItem(XmlNode pay) {
        XmlNode detail = pay.child("detail");
        String currency = optional(pay, "currency");
        return new PayItem(
                PayType.fromCode(optional(pay, "payType")),
                amount(pay, "amount"),
                (currency != null) ? currency : CURRENCY,
                JdTime.parse("tradeTime", optional(pay, "tradeTime")),
                (detail != null) ? cardDetail(detail) : null);
    }

    private static CardDetail cardDetail(XmlNode detail) {
        return new CardDetail(
                optional(detail, "cardHolderName"),
                optional(detail, "cardHolderMobile"),
                optional(detail, "cardHolderType"),
                optional(detail, "cardHolderId"),
                optional(detail, "cardNo"),
                optional(detail, "bankCode"),
                optional(detail, "cardType"));
    }

    /** A refund or revocation; {@code defaultType} applies when JD leaves {@code tradeType} out. */
    public static RefundResult refund(XmlNode node, TradeType defaultType) {
        String tradeType = optional(node, "tradeType");
        return new RefundResult(
                required(node, "tradeNum"),
                (tradeType != null) ? TradeType.fromCode(tradeType) : defaultType,
                optional(node, "oTradeNum"),
                amount(node, "amount"),
                JdTime.parse("tradeTime", optional(node, "tradeTime")),
                optional(node, "note"),
                RefundStatus.fromCode(required(node, "status")));
    }

    public static List<RefundResult> refunds(XmlNode root) {
        List<RefundResult> refunds = new ArrayList<>();
        XmlNode list = root.child("refList");
        if (list != null) {
            for (XmlNode refund : list.children("refund")) {
                refunds.add(refund(refund, TradeType.REFUND));
            }
        }
        return refunds;
    }

    public static FkmPayResult fkmPay(XmlNode root) {
        return new FkmPayResult(
                required(root, "tradeNum"),
                amount(root, "amount"),
                JdTime.parse("tradeTime", optional(root, "tradeTime")),
                optional(root, "note"),
                TradeStatus.fromCode(required(root, "status")));
    }

    public static boolean userRelation(XmlNode root) {
        String isHas = required(root, "isHas").trim();
        if (!isHas.equals("true") && !isHas.equals("false")) {
            throw new JdPayMalformedMessageException("isHas is neither true nor false");
        }
        return isHas.equals("true");
    }

    /** The verified page callback; JD posts every field, empty when it has no value. */
    public static PageCallback pageCallback(Map<String, String> plain) {
        String tradeNum = blankToNull(plain.get("tradeNum"));
        if (tradeNum == null) {
            throw new JdPayMalformedMessageException("page callback carries no tradeNum");
        }
        String amount = blankToNull(plain.get("amount"));
        return new PageCallback(
                tradeNum,
                (amount != null) ? Money.ofFen(number(amount, "amount")) : null,
                blankToNull(plain.get("currency")),
                JdTime.parse("tradeTime", plain.get("tradeTime")),
                blankToNull(plain.get("note")),
                blankToNull(plain.get("status")));
    }

    public static String required(XmlNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new JdPayMalformedMessageException("JD's message carries no " + field);
        }
        return value;
    }

    /** A field's text, or {@code null} when it is absent or empty (JD sends {@code <note></note>}). */
    public static @Nullable String optional(XmlNode node, String field) {
        return blankToNull(node.childText(field));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isEmpty()) ? null : value;
    }

    public static Money amount(XmlNode node, String field) {
        return Money.ofFen(number(required(node, field), field));
    }

    public static long number(String text, String field) {
        String digits = text.trim();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new JdPayMalformedMessageException(field + " is not a whole number");
        }
        return Long.parseLong(digits);
    }
}
