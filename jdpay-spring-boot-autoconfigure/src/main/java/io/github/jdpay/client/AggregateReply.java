package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.protocol.AggregateEnvelope;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * JD's verdict on an aggregate call, in either vocabulary it uses (aggregate.md §4.3): the SDK's
 * {@code resultCode}/{@code errCode}/{@code errCodeDes} and payx's document's {@code isSuccess}/{@code code}/
 * {@code message}; and the outer {@code success: false} with {@code errCode}/{@code errCodeDes}.
 */
final class AggregateReply {

    private static final Log logger = LogFactory.getLog(AggregateReply.class);

    private AggregateReply() {}

    /** Refuses an envelope that reports a failure instead of carrying a sealed answer. */
    static void checkEnvelope(AggregateOperation operation, AggregateEnvelope envelope, String tradeNo) {
        boolean nothingSealed =
                envelope.cipherJson() == null || envelope.cipherJson().isBlank();
        if (envelope.isFailure() || (nothingSealed && envelope.errCode() != null)) {
            throw failure(operation, envelope.errCode(), envelope.errCodeDes(), "success=false", tradeNo);
        }
    }

    /** Refuses a verified plaintext whose result is not a success, or that carries no result at all. */
    static void checkResult(AggregateOperation operation, Map<String, String> plain, String tradeNo) {
        String resultCode = trimmed(plain.get("resultCode"));
        String isSuccess = trimmed(plain.get("isSuccess"));
        if (resultCode == null && isSuccess == null) {
            throw new JdPayMalformedMessageException("JD's signed answer to " + operation.wireName()
                    + " carries no result (neither resultCode nor isSuccess)");
        }
        if (resultCode != null && !resultCode.equalsIgnoreCase("SUCCESS")) {
            // JD's SDK names it errCodeDes; a reply captured in the wild (aggregate.md §2.2) says errCodeDesc.
            String description = first(plain.get("errCodeDes"), first(plain.get("errCodeDesc"), ""));
            throw failure(operation, plain.get("errCode"), description, resultCode, tradeNo);
        }
        if (isSuccess != null && !isSuccess.equalsIgnoreCase("true")) {
            throw failure(operation, plain.get("code"), plain.get("message"), "isSuccess=" + isSuccess, tradeNo);
        }
    }

    private static JdPayApiException failure(
            AggregateOperation operation,
            @Nullable String code,
            @Nullable String description,
            String fallbackCode,
            String tradeNo) {
        String checkedCode = first(code, fallbackCode);
        logger.debug("JD Pay " + operation.wireName() + " answered " + checkedCode + " for " + operation.tradeField()
                + " " + tradeNo);
        return new JdPayApiException(checkedCode, first(description, ""), operation.wireName(), tradeNo);
    }

    private static String first(@Nullable String value, String fallback) {
        String text = trimmed(value);
        return (text != null) ? text : fallback;
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.trim();
    }
}
