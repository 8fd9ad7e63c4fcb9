package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.DECRYPTION_FAILED;
import static io.github.jdpay.test.SimulatorResultCode.FORBIDDEN_XML;
import static io.github.jdpay.test.SimulatorResultCode.MALFORMED_REQUEST;
import static io.github.jdpay.test.SimulatorResultCode.REQUEST_TOO_LARGE;
import static io.github.jdpay.test.SimulatorResultCode.SIGNATURE_INVALID;
import static io.github.jdpay.test.SimulatorResultCode.UNKNOWN_MERCHANT;
import static io.github.jdpay.test.SimulatorResultCode.UNSUPPORTED_VERSION;

import com.sun.net.httpserver.HttpExchange;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The paygate XML interfaces under {@code /service/}: reads the {@code <jdpay>} envelope, decrypts it with the
 * merchant's DES key, verifies the merchant's signature, and answers with an envelope sealed with the simulator's JD
 * key, or with a failure envelope that carries no {@code <encrypt>}.
 */
final class PaygateEndpoint extends SimulatorEndpoint {

    static final String PREFIX = "/service/";

    static final Set<String> OPERATIONS = Set.of(
            "uniorder",
            "query",
            "queryRefund",
            "refund",
            "revoke",
            "fkmPay",
            "getUserRelation",
            "cancelUserRelation",
            "queryBaiTiaoFQ");

    private static final Pattern MERCHANT = Pattern.compile("<merchant>\\s*([0-9A-Za-z]{1,32})\\s*</merchant>");

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9A-Za-z]{1,32}");

    private static final System.Logger LOG = System.getLogger(JdPaySimulator.class.getName());

    private final Gateway gateway;

    private final PaygateOperations operations;

    private final int maxBodyBytes;

    PaygateEndpoint(SimulatorFaults faults, Gateway gateway, int maxBodyBytes) {
        super(faults);
        this.gateway = gateway;
        this.operations = new PaygateOperations(gateway);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    @Nullable
    String operation(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String name = path.substring(PREFIX.length());
        return OPERATIONS.contains(name) ? name : null;
    }

    @Override
    Reply process(HttpExchange exchange, String operation, FaultPlan plan) throws IOException {
        if (!HttpIo.isPost(exchange)) {
            return Reply.methodNotAllowed("POST");
        }
        byte[] body = HttpIo.readBody(exchange, this.maxBodyBytes);
        if (body == null) {
            return failure("", REQUEST_TOO_LARGE.result());
        }
        if (declaresDtd(body)) {
            return failure(claimedMerchant(body), FORBIDDEN_XML.result());
        }
        JdPayEnvelope envelope;
        try {
            envelope = JdPayEnvelope.parse(body);
        } catch (JdPayException ex) {
            return failure(claimedMerchant(body), MALFORMED_REQUEST.result());
        }
        SimulatedMerchant merchant = this.gateway.merchant(envelope.merchant());
        if (merchant == null) {
            return failure(envelope.merchant(), UNKNOWN_MERCHANT.result());
        }
        JdPayMessage message;
        try {
            message = merchant.codec().open(envelope);
        } catch (JdPaySignatureException ex) {
            return failure(envelope.merchant(), SIGNATURE_INVALID.result());
        } catch (JdPayException ex) {
            return failure(envelope.merchant(), DECRYPTION_FAILED.result());
        }
        if (!JdPayXmlCodec.VERSION.equals(message.text("version"))) {
            return failure(merchant.merchantNo(), UNSUPPORTED_VERSION.result());
        }
        Fault outcome = plan.outcome();
        if (plan.is(Fault.Kind.RESULT_CODE) && outcome != null && outcome.code() != null) {
            return failure(
                    merchant.merchantNo(), new JdPayResult(outcome.code(), String.valueOf(outcome.description())));
        }
        try {
            List<XmlNode> fields = this.operations.handle(merchant, RequestFields.of(message.root(), operation));
            XmlNode.Builder answer = XmlNode.builder("jdpay")
                    .add("version", JdPayXmlCodec.VERSION)
                    .add("merchant", merchant.merchantNo())
                    .add(XmlNode.element(
                            "result",
                            List.of(XmlNode.leaf("code", JdPayResult.SUCCESS_CODE), XmlNode.leaf("desc", "成功"))));
            fields.forEach(answer::add);
            JdPayXmlCodec codec = plan.is(Fault.Kind.BAD_SIGNATURE) ? merchant.badSignatureCodec() : merchant.codec();
            LOG.log(Level.DEBUG, "simulator {0} for merchant {1}: 000000", operation, merchant.merchantNo());
            return Reply.xml(codec.seal(merchant.merchantNo(), answer.build(), JdPayResult.success()));
        } catch (JdPayApiException ex) {
            LOG.log(Level.DEBUG, "simulator {0} for merchant {1}: {2}", operation, merchant.merchantNo(), ex.getCode());
            return failure(merchant.merchantNo(), new JdPayResult(ex.getCode(), ex.getDescription()));
        }
    }

    private static Reply failure(String merchant, JdPayResult result) {
        // Only a plausible merchant number is echoed: the hostile client chose this text.
        String echoed = MERCHANT_NO.matcher(merchant).matches() ? merchant : "";
        return Reply.xml(JdPayXmlCodec.failureEnvelope(echoed, result));
    }

    /**
     * The merchant number a request that cannot be parsed seems to name, echoed in the failure envelope as JD echoes
     * it; empty when none can be seen.
     */
    static String claimedMerchant(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = MERCHANT.matcher(head);
        return m.find() ? m.group(1) : "";
    }

    /** A DTD is refused before parsing, so the answer can say why (the parser refuses it too). */
    static boolean declaresDtd(byte[] body) {
        String head =
                new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }
}
