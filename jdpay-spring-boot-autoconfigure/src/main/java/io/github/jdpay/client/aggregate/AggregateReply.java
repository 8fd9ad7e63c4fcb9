package io.github.jdpay.client.aggregate;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.AggregateResult;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * JD's verdict on an aggregate call: the outer {@code success: false} with {@code errCode}/{@code errCodeDes}, or the
 * signed {@link AggregateResult} in either of JD's vocabularies. Either failure is a {@link JdPayApiException}.
 */
final class AggregateReply {

    private static final Log logger = LogFactory.getLog(AggregateReply.class);

    private AggregateReply() {}

    /** Refuses an envelope that reports a failure instead of carrying a sealed answer. */
    static void checkEnvelope(AggregateOperation operation, AggregateEnvelope envelope, String tradeNo) {
        boolean nothingSealed =
                envelope.cipherJson() == null || envelope.cipherJson().isBlank();
        if (envelope.isFailure() || (nothingSealed && envelope.errCode() != null)) {
            String code = envelope.errCode();
            String description = envelope.errCodeDes();
            throw failure(
                    operation,
                    new AggregateResult(
                            false, (code != null) ? code : "success=false", (description != null) ? description : ""),
                    tradeNo);
        }
    }

    /** Refuses a verified plaintext whose result is not a success, or that carries no result at all. */
    static void checkResult(AggregateOperation operation, Map<String, String> plain, String tradeNo) {
        AggregateResult result = AggregateResult.of(plain);
        if (result == null) {
            throw new JdPayMalformedMessageException("JD's signed answer to " + operation.wireName()
                    + " carries no result (neither resultCode nor isSuccess)");
        }
        if (!result.success()) {
            throw failure(operation, result, tradeNo);
        }
    }

    private static JdPayApiException failure(AggregateOperation operation, AggregateResult result, String tradeNo) {
        logger.debug("JD Pay " + operation.wireName() + " answered " + result.code() + " for " + operation.tradeField()
                + " " + tradeNo);
        return new JdPayApiException(result.code(), result.description(), operation.wireName(), tradeNo);
    }
}
