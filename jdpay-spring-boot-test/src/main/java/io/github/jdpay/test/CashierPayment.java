package io.github.jdpay.test;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.protocol.JdPayFormCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The payer's side of the cashier: the page with the "pay" button, and what happens when it is pressed. */
final class CashierPayment {

    /** The page-callback fields, in the order jdpay-v2.md §8 lists them. */
    static final List<String> CALLBACK_FIELDS =
            List.of("tradeNum", "amount", "currency", "tradeTime", "note", "status");

    /** JD sends status 0 in a successful page callback (vectors C1, C2). */
    static final String CALLBACK_STATUS = "0";

    private static final Pattern YUAN = Pattern.compile("([0-9]{1,10})(?:\\.([0-9]{1,2}))?");

    private final Gateway gateway;

    CashierPayment(Gateway gateway) {
        this.gateway = gateway;
    }

    Reply page(String prefix, String key) {
        Optional<SimulatedOrder> order = this.gateway.book.findByPayKey(key);
        if (order.isEmpty()) {
            return CashierEndpoint.error(SimulatorResultCode.TRADE_NOT_FOUND);
        }
        SimulatedMerchant merchant = this.gateway.merchant(order.get().merchant());
        String name = (merchant != null) ? merchant.name() : order.get().merchant();
        return Reply.html(200, CashierPages.cashier(order.get(), name, this.gateway.baseUrl + prefix + "pay", key));
    }

    /** Pays the order behind {@code key} and answers with the auto-submitting callback (or a "paid" page). */
    Reply pay(String key, @Nullable String typedYuan, boolean badSignature) {
        Optional<SimulatedOrder> found = this.gateway.book.findByPayKey(key);
        if (found.isEmpty()) {
            return CashierEndpoint.error(SimulatorResultCode.TRADE_NOT_FOUND);
        }
        SimulatedOrder order = found.get();
        Long typed = null;
        if (order.amount() == 0) {
            typed = fen(typedYuan);
            if (typed == null) {
                return CashierEndpoint.error(SimulatorResultCode.INVALID_PARAMETER.code(), "金额无效");
            }
        }
        SimulatedOrder paid;
        try {
            paid = this.gateway.pay(order.merchant(), order.tradeNum(), typed, "pay");
        } catch (JdPayApiException ex) {
            return CashierEndpoint.error(ex.getCode(), ex.getDescription());
        }
        String callbackUrl = paid.callbackUrl();
        SimulatedMerchant merchant = this.gateway.merchant(paid.merchant());
        if (callbackUrl == null || merchant == null) {
            return Reply.html(200, CashierPages.paid(paid));
        }
        JdPayFormCodec codec = badSignature ? merchant.badSignatureFormCodec() : merchant.formCodec();
        return Reply.html(200, CashierPages.callback(callbackUrl, callbackForm(codec, paid)));
    }

    /** The signed page callback: every field 3DES hex, empty ones posted empty, the sign wrapped as JD wraps it. */
    static Map<String, String> callbackForm(JdPayFormCodec codec, SimulatedOrder paid) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("tradeNum", paid.tradeNum());
        plain.put("amount", String.valueOf(paid.amount()));
        plain.put("currency", paid.currency());
        plain.put("tradeTime", Gateway.tradeTime(Objects.requireNonNull(paid.paidAt())));
        plain.put("note", paid.note());
        plain.put("status", CALLBACK_STATUS);
        Map<String, String> sealed = codec.seal(plain);
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : CALLBACK_FIELDS) {
            form.put(name, sealed.getOrDefault(name, ""));
        }
        form.put("sign", wrap(sealed.get("sign")));
        return form;
    }

    /** MIME-style 76-character lines, as JD's page callbacks carry their sign. */
    static String wrap(String sign) {
        StringBuilder sb = new StringBuilder(sign.length() + 8);
        for (int i = 0; i < sign.length(); i += 76) {
            sb.append(sign, i, Math.min(sign.length(), i + 76)).append('\n');
        }
        return sb.toString();
    }

    static @Nullable Long fen(@Nullable String yuan) {
        if (yuan == null) {
            return null;
        }
        Matcher m = YUAN.matcher(yuan.trim());
        if (!m.matches()) {
            return null;
        }
        String cents = (m.group(2) == null) ? "00" : (m.group(2) + "0").substring(0, 2);
        long fen = Long.parseLong(m.group(1)) * 100 + Long.parseLong(cents);
        return (fen > 0) ? fen : null;
    }
}
