package io.github.jdpay.client.observation;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayValidationException;
import org.jspecify.annotations.Nullable;

/** How a call to JD ended, as the {@code outcome} tag of {@code jdpay.client.requests} says it. */
public enum JdPayClientOutcome {

    /** JD answered with a verified success. */
    SUCCESS,

    /** JD answered with a result code other than success ({@code jdpay.code} says which). */
    API_ERROR,

    /** A money-moving call failed after it may have reached JD: settle it by a query. */
    OUTCOME_UNKNOWN,

    /** The call failed in transit, or JD's answer could not be read; nothing moved. */
    TRANSPORT_ERROR,

    /** JD's answer did not verify with the configured JD public key. */
    SIGNATURE_ERROR,

    /** The request was refused before anything was signed or sent. */
    VALIDATION_ERROR;

    /** The outcome that {@code failure} stands for; a signature failure wins over the unknown outcome it causes. */
    public static JdPayClientOutcome of(@Nullable Throwable failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof JdPaySignatureException || failure.getCause() instanceof JdPaySignatureException) {
            return SIGNATURE_ERROR;
        }
        if (failure instanceof JdPayOutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        if (failure instanceof JdPayApiException) {
            return API_ERROR;
        }
        if (failure instanceof JdPayValidationException) {
            return VALIDATION_ERROR;
        }
        return TRANSPORT_ERROR;
    }
}
