package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.DECRYPTION_FAILED;
import static io.github.jdpay.test.SimulatorResultCode.DIALECT_REFUSED;
import static io.github.jdpay.test.SimulatorResultCode.MALFORMED_REQUEST;
import static io.github.jdpay.test.SimulatorResultCode.REQUEST_TOO_LARGE;
import static io.github.jdpay.test.SimulatorResultCode.SIGNATURE_INVALID;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_FOUND;
import static io.github.jdpay.test.SimulatorResultCode.UNKNOWN_MERCHANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import io.github.jdpay.protocol.aggregate.ScanUrlTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Aggregate pay: {@code /payx/getScanUrl} and {@code /apipayx/m/*} take a JSON envelope (or its fields as a form),
 * decrypt {@code cipherJson}, verify the MD5 sign and answer with a sealed reply in the request's cipher-text
 * encoding and the request's naming; protocol failures are answered in clear ({@code isSuccess: false} with
 * {@code code}/{@code message} for payx, as its document names them; {@code success: false} with
 * {@code errCode}/{@code errCodeDes} for apipayx), business failures sealed as {@code resultCode: FAIL}. Told to
 * accept only one {@link AggregateDialect}, it refuses every other form in clear. The scan URL opens a cashier page
 * under {@code /payx/}.
 */
final class AggregateEndpoint extends SimulatorEndpoint {

    static final String API = "/apipayx/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The payx operation, beside the apipayx ones. */
    static final String SCAN_URL = "getScanUrl";

    static final Set<String> API_OPERATIONS =
            Set.of("m/pay", "m/unifiedOrder", "m/querytrade", "m/refund", "m/queryrefund");

    private final AggregateGateway gateway;

    private final AggregateOperations operations;

    private final int maxBodyBytes;

    private final @Nullable AggregateDialect only;

    AggregateEndpoint(
            SimulatorFaults faults, AggregateGateway gateway, int maxBodyBytes, @Nullable AggregateDialect only) {
        super(faults);
        this.gateway = gateway;
        this.only = only;
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
        boolean payx = operation.equals(SCAN_URL);
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return failure(payx, null, REQUEST_TOO_LARGE.code(), REQUEST_TOO_LARGE.description());
        }
        AggregateEnvelope envelope;
        ScanUrlTransport transport;
        try {
            String text = new String(body, StandardCharsets.UTF_8).trim();
            transport = (text.startsWith("{") || (text.isEmpty() && query.isEmpty()))
                    ? ScanUrlTransport.JSON
                    : ScanUrlTransport.QUERY;
            envelope = envelope(body, query, transport);
        } catch (JdPayException ex) {
            return failure(payx, null, MALFORMED_REQUEST.code(), MALFORMED_REQUEST.description());
        }
        String merchantNo = envelope.merchantNo();
        AggregateMerchant merchant = (merchantNo != null) ? this.gateway.merchant(merchantNo.trim()) : null;
        if (merchantNo == null || merchant == null) {
            return failure(payx, merchantNo, UNKNOWN_MERCHANT.code(), UNKNOWN_MERCHANT.description());
        }
        Map<String, String> plain;
        try {
            plain = merchant.codec().open(envelope, merchant.merchantNo());
        } catch (JdPaySignatureException ex) {
            return failure(payx, merchantNo, SIGNATURE_INVALID.code(), SIGNATURE_INVALID.description());
        } catch (JdPayException ex) {
            return failure(payx, merchantNo, DECRYPTION_FAILED.code(), DECRYPTION_FAILED.description());
        }
        String cipherJson = String.valueOf(envelope.cipherJson()).trim();
        CipherTextEncoding encoding = CipherTextEncoding.of(cipherJson);
        String mismatch = new AggregateWireForm(transport, encoding).mismatch(this.only, payx, plain);
        if (mismatch != null) {
            return failure(payx, merchantNo, DIALECT_REFUSED.code(), DIALECT_REFUSED.description() + "：" + mismatch);
        }
        Fault outcome = plan.outcome();
        if (plan.is(Fault.Kind.RESULT_CODE) && outcome != null && outcome.code() != null) {
            return failure(payx, merchantNo, outcome.code(), String.valueOf(outcome.description()));
        }
        ScanUrlFieldNames names = payx ? ScanUrlFieldNames.of(plain) : ScanUrlFieldNames.TABLE;
        Map<String, Object> reply;
        try {
            reply = this.operations.handle(
                    merchant.merchantNo(), new RequestFields(ScanUrlFieldNames.asTable(plain), operation), names);
        } catch (JdPayApiException ex) {
            reply = new LinkedHashMap<>();
            reply.put("resultCode", "FAIL");
            reply.put("errCode", ex.getCode());
            reply.put("errCodeDes", ex.getDescription());
            reply.put("merchantNo", merchant.merchantNo());
        }
        AggregateCodec codec = plan.is(Fault.Kind.BAD_SIGNATURE) ? merchant.badSignatureCodec() : merchant.codec();
        return Reply.json(codec.sealReply(merchant.merchantNo(), names.apply(reply), encoding)
                .toJson());
    }

    /** The envelope as JSON, or its fields posted as a form or on the query string as payx's document shows. */
    private static AggregateEnvelope envelope(byte[] body, Map<String, String> query, ScanUrlTransport transport) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (transport == ScanUrlTransport.JSON) {
            return AggregateEnvelope.parse(body);
        }
        Map<String, String> form = text.isEmpty() ? query : HttpIo.parseForm(text);
        if (!form.containsKey("cipherJson")) {
            throw new JdPayException("no aggregate envelope in the request");
        }
        return AggregateEnvelope.request(
                form.getOrDefault("merchantNo", ""), form.get("systemId"), form.get("cipherJson"), form.get("sign"));
    }

    /** A failure in clear: in payx's document's vocabulary for getScanUrl, in the SDK's for apipayx. */
    private static Reply failure(boolean payx, @Nullable String merchantNo, String code, String description) {
        if (!payx) {
            return Reply.json(new AggregateEnvelope(false, merchantNo, null, null, null, code, description).toJson());
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("isSuccess", false);
        node.put("code", code);
        node.put("message", description);
        if (merchantNo != null) {
            node.put("merchantNo", merchantNo);
        }
        return Reply.json(node.toString());
    }
}
