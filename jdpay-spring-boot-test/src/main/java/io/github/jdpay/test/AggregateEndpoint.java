package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.DECRYPTION_FAILED;
import static io.github.jdpay.test.SimulatorResultCode.MALFORMED_REQUEST;
import static io.github.jdpay.test.SimulatorResultCode.REQUEST_TOO_LARGE;
import static io.github.jdpay.test.SimulatorResultCode.SIGNATURE_INVALID;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_FOUND;
import static io.github.jdpay.test.SimulatorResultCode.UNKNOWN_MERCHANT;

import com.sun.net.httpserver.HttpExchange;
import io.github.jdpay.crypto.Hex;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Aggregate pay: {@code /payx/getScanUrl} and {@code /apipayx/m/*} take a JSON envelope (or its fields as a form),
 * decrypt {@code cipherJson}, verify the MD5 sign and answer with a sealed reply in the request's cipher-text
 * encoding; protocol failures answer {@code success: false}, business failures {@code resultCode: FAIL}. The scan URL
 * opens a cashier page under {@code /payx/}.
 */
final class AggregateEndpoint extends SimulatorEndpoint {

    static final String API = "/apipayx/";

    /** The payx operation, beside the apipayx ones. */
    static final String SCAN_URL = "getScanUrl";

    static final Set<String> API_OPERATIONS =
            Set.of("m/pay", "m/unifiedOrder", "m/querytrade", "m/refund", "m/queryrefund");

    private final AggregateGateway gateway;

    private final AggregateOperations operations;

    private final int maxBodyBytes;

    AggregateEndpoint(SimulatorFaults faults, AggregateGateway gateway, int maxBodyBytes) {
        super(faults);
        this.gateway = gateway;
        this.operations = new AggregateOperations(gateway);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    @Nullable
    String operation(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(API)) {
            String name = path.substring(API.length());
            return API_OPERATIONS.contains(name) ? name : null;
        }
        if (!path.startsWith(AggregateGateway.CASHIER)) {
            return null;
        }
        return switch (path.substring(AggregateGateway.CASHIER.length())) {
            case SCAN_URL -> SCAN_URL;
            case "scan" -> "aggregateScan";
            case "payCashier" -> "aggregateCashier";
            case "pay" -> "aggregatePay";
            default -> null;
        };
    }

    @Override
    Reply process(HttpExchange exchange, String operation, FaultPlan plan) throws IOException {
        Map<String, String> query = HttpIo.parseForm(exchange.getRequestURI().getRawQuery());
        switch (operation) {
            case "aggregateScan", "aggregateCashier" -> {
                if (!HttpIo.isGet(exchange)) {
                    return Reply.methodNotAllowed("GET");
                }
                String key = query.getOrDefault(operation.equals("aggregateScan") ? "c" : "key", "");
                return this.gateway
                        .book
                        .findByPayKey(key)
                        .map(order -> operation.equals("aggregateScan")
                                ? Reply.redirect(order.payUrl())
                                : Reply.html(
                                        200,
                                        CashierPages.cashier(
                                                order,
                                                order.merchant(),
                                                this.gateway.baseUrl + AggregateGateway.CASHIER + "pay",
                                                key)))
                        .orElseGet(() -> CashierEndpoint.error(TRADE_NOT_FOUND));
            }
            case "aggregatePay" -> {
                return HttpIo.isPost(exchange) ? payFromCashier(exchange) : Reply.methodNotAllowed("POST");
            }
            default -> {
                return HttpIo.isPost(exchange)
                        ? call(exchange, operation, plan, query)
                        : Reply.methodNotAllowed("POST");
            }
        }
    }

    private Reply payFromCashier(HttpExchange exchange) throws IOException {
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        String key = (body != null)
                ? HttpIo.parseForm(new String(body, StandardCharsets.UTF_8)).getOrDefault("key", "")
                : "";
        SimulatedOrder order = this.gateway.book.findByPayKey(key).orElse(null);
        if (order == null) {
            return CashierEndpoint.error(TRADE_NOT_FOUND);
        }
        try {
            return Reply.html(200, CashierPages.paid(this.gateway.pay(order.merchant(), order.tradeNum(), "pay")));
        } catch (JdPayApiException ex) {
            return CashierEndpoint.error(ex.getCode(), ex.getDescription());
        }
    }

    private Reply call(HttpExchange exchange, String operation, FaultPlan plan, Map<String, String> query)
            throws IOException {
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return failure(null, REQUEST_TOO_LARGE.code(), REQUEST_TOO_LARGE.description());
        }
        AggregateEnvelope envelope;
        try {
            envelope = envelope(body, query);
        } catch (JdPayException ex) {
            return failure(null, MALFORMED_REQUEST.code(), MALFORMED_REQUEST.description());
        }
        String merchantNo = envelope.merchantNo();
        AggregateMerchant merchant = (merchantNo != null) ? this.gateway.merchant(merchantNo.trim()) : null;
        if (merchantNo == null || merchant == null) {
            return failure(merchantNo, UNKNOWN_MERCHANT.code(), UNKNOWN_MERCHANT.description());
        }
        Map<String, String> plain;
        try {
            plain = merchant.codec().open(envelope, merchant.merchantNo());
        } catch (JdPaySignatureException ex) {
            return failure(merchantNo, SIGNATURE_INVALID.code(), SIGNATURE_INVALID.description());
        } catch (JdPayException ex) {
            return failure(merchantNo, DECRYPTION_FAILED.code(), DECRYPTION_FAILED.description());
        }
        Fault outcome = plan.outcome();
        if (plan.is(Fault.Kind.RESULT_CODE) && outcome != null && outcome.code() != null) {
            return failure(merchantNo, outcome.code(), String.valueOf(outcome.description()));
        }
        Map<String, Object> reply;
        try {
            reply = this.operations.handle(merchant.merchantNo(), new RequestFields(plain, operation));
        } catch (JdPayApiException ex) {
            reply = new LinkedHashMap<>();
            reply.put("resultCode", "FAIL");
            reply.put("errCode", ex.getCode());
            reply.put("errCodeDes", ex.getDescription());
            reply.put("merchantNo", merchant.merchantNo());
        }
        String cipherJson = String.valueOf(envelope.cipherJson()).trim();
        CipherTextEncoding encoding = Hex.isHex(cipherJson) ? CipherTextEncoding.HEX : CipherTextEncoding.BASE64_URL;
        AggregateCodec codec = plan.is(Fault.Kind.BAD_SIGNATURE) ? merchant.badSignatureCodec() : merchant.codec();
        return Reply.json(
                codec.sealReply(merchant.merchantNo(), reply, encoding).toJson());
    }

    /** The envelope as JSON, or its fields posted as a form or on the query string as payx's document shows. */
    private static AggregateEnvelope envelope(byte[] body, Map<String, String> query) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.startsWith("{") || (text.isEmpty() && query.isEmpty())) {
            return AggregateEnvelope.parse(body);
        }
        Map<String, String> form = text.isEmpty() ? query : HttpIo.parseForm(text);
        if (!form.containsKey("cipherJson")) {
            throw new JdPayException("no aggregate envelope in the request");
        }
        return AggregateEnvelope.request(
                form.getOrDefault("merchantNo", ""), form.get("systemId"), form.get("cipherJson"), form.get("sign"));
    }

    private static Reply failure(@Nullable String merchantNo, String code, String description) {
        return Reply.json(new AggregateEnvelope(false, merchantNo, null, null, null, code, description).toJson());
    }
}
