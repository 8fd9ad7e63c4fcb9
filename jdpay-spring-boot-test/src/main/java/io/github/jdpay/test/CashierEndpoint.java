package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.DECRYPTION_FAILED;
import static io.github.jdpay.test.SimulatorResultCode.MALFORMED_REQUEST;
import static io.github.jdpay.test.SimulatorResultCode.REQUEST_TOO_LARGE;
import static io.github.jdpay.test.SimulatorResultCode.SIGNATURE_INVALID;
import static io.github.jdpay.test.SimulatorResultCode.UNKNOWN_MERCHANT;
import static io.github.jdpay.test.SimulatorResultCode.UNSUPPORTED_VERSION;

import com.sun.net.httpserver.HttpExchange;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The PC ({@code /wepay/jdpay}) and H5 ({@code /h5pay/jdpay}) cashiers: the signed form posts {@code saveOrder} and
 * {@code customerPay}, the cashier page with its "pay" button, the signed page callback, and the QR code landing
 * {@code /code?c=...}.
 */
final class CashierEndpoint extends SimulatorEndpoint {

    static final String PC = "/wepay/jdpay/";

    static final String H5 = "/h5pay/jdpay/";

    /** The signed form posts, the operations faults can name. */
    static final Set<String> FORM_OPERATIONS = Set.of("saveOrder", "customerPay");

    /** Where a QR {@code uniorder}'s {@code qrCode} points. */
    static final String QR_CODE = "/code";

    private final Gateway gateway;

    private final CashierPayment payment;

    private final int maxBodyBytes;

    /** Orders whose page callback is to carry a bad signature, by the fault injected on their form post. */
    private final Set<String> badCallbacks = ConcurrentHashMap.newKeySet();

    CashierEndpoint(SimulatorFaults faults, Gateway gateway, int maxBodyBytes) {
        super(faults);
        this.gateway = gateway;
        this.payment = new CashierPayment(gateway);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    @Nullable
    String operation(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(QR_CODE)) {
            return "qrCode";
        }
        String prefix = path.startsWith(PC) ? PC : path.startsWith(H5) ? H5 : null;
        if (prefix == null) {
            return null;
        }
        return switch (path.substring(prefix.length())) {
            case "saveOrder" -> "saveOrder";
            case "customerPay" -> prefix.equals(H5) ? "customerPay" : null;
            case "payCashier" -> "payCashier";
            case "pay" -> "payConfirm";
            default -> null;
        };
    }

    @Override
    Reply process(HttpExchange exchange, String operation, FaultPlan plan) throws IOException {
        boolean post =
                operation.equals("saveOrder") || operation.equals("customerPay") || operation.equals("payConfirm");
        if (post != HttpIo.isPost(exchange) || (!post && !HttpIo.isGet(exchange))) {
            return Reply.methodNotAllowed(post ? "POST" : "GET");
        }
        String prefix = exchange.getRequestURI().getPath().startsWith(PC) ? PC : H5;
        Map<String, String> query = HttpIo.parseForm(exchange.getRequestURI().getRawQuery());
        return switch (operation) {
            case "qrCode" ->
                this.gateway
                        .book
                        .findByPayKey(query.getOrDefault("c", ""))
                        .map(order -> Reply.redirect(order.payUrl()))
                        .orElseGet(() -> error(
                                SimulatorResultCode.TRADE_NOT_FOUND.result().code(), "二维码无效"));
            case "payCashier" -> this.payment.page(prefix, query.getOrDefault("key", ""));
            case "payConfirm" -> confirm(exchange);
            default -> create(exchange, operation, prefix, plan);
        };
    }

    private Reply confirm(HttpExchange exchange) throws IOException {
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return error(REQUEST_TOO_LARGE);
        }
        Map<String, String> form = HttpIo.parseForm(new String(body, StandardCharsets.UTF_8));
        String key = form.getOrDefault("key", "");
        return this.payment.pay(key, form.get("amount"), this.badCallbacks.remove(key));
    }

    private Reply create(HttpExchange exchange, String operation, String prefix, FaultPlan plan) throws IOException {
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return error(REQUEST_TOO_LARGE);
        }
        Map<String, String> posted = HttpIo.parseForm(new String(body, StandardCharsets.UTF_8));
        String merchantNo = posted.get("merchant");
        if (merchantNo == null || posted.isEmpty()) {
            return error(MALFORMED_REQUEST);
        }
        SimulatedMerchant merchant = this.gateway.merchant(merchantNo);
        if (merchant == null) {
            return error(UNKNOWN_MERCHANT);
        }
        Map<String, String> plain;
        try {
            plain = merchant.formCodec().open(posted);
        } catch (JdPaySignatureException ex) {
            return error(SIGNATURE_INVALID);
        } catch (JdPayException ex) {
            return error(DECRYPTION_FAILED);
        }
        if (!JdPayXmlCodec.VERSION.equals(plain.get("version"))) {
            return error(UNSUPPORTED_VERSION);
        }
        Fault outcome = plan.outcome();
        if (plan.is(Fault.Kind.RESULT_CODE) && outcome != null && outcome.code() != null) {
            return error(outcome.code(), String.valueOf(outcome.description()));
        }
        try {
            RequestFields fields = new RequestFields(plain, operation);
            OrderRequest request = CashierForms.read(merchantNo, prefix.equals(PC) ? "PC" : "H5", fields);
            SimulatedOrder order = this.gateway.create(request, operation);
            String key = this.gateway.book.payKey(merchantNo, order.tradeNum());
            if (plan.is(Fault.Kind.BAD_SIGNATURE)) {
                this.badCallbacks.add(key);
            }
            return Reply.redirect(order.payUrl() + "&tradeNum=" + order.tradeNum() + "&orderId=" + order.orderId());
        } catch (JdPayApiException ex) {
            return error(ex.getCode(), ex.getDescription());
        }
    }

    static Reply error(SimulatorResultCode code) {
        return error(code.code(), code.description());
    }

    static Reply error(String code, String description) {
        return Reply.html(400, CashierPages.error(code, description));
    }
}
