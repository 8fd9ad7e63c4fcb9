package io.github.jdpay.client;

import io.github.jdpay.client.observation.DefaultJdPayClientObservationConvention;
import io.github.jdpay.client.observation.JdPayClientObservationContext;
import io.github.jdpay.client.observation.JdPayClientObservationConvention;
import io.github.jdpay.client.observation.JdPayClientObservationDocumentation;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayTransportException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts sealed envelopes (XML for JD Pay 2.0, JSON for aggregate pay) and returns the raw answer, bounded in size.
 * Read-only calls are retried on transport failures and HTTP 5xx; a money-moving call that failed after it may have
 * reached JD ends in {@link JdPayOutcomeUnknownException}. Both clients' calls are observed here, as
 * {@code jdpay.client.requests}, so that the two report alike.
 *
 * <p>Internal to the library (public only for {@code client.aggregate}): not an API, it may change in any release.
 *
 * <p>The DEBUG log names the operation, URL, status, sizes and trade number: never a body, a key or a signature.
 */
public final class Transport {

    private static final Log logger = LogFactory.getLog(Transport.class);

    /** JD Pay 2.0 bodies. */
    public static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    /** Aggregate-pay bodies. */
    public static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    /** Made on the first call to JD: building them (and Boot's builder behind) costs an application's start-up. */
    private final Supplier<Connections> connections;

    private volatile @Nullable Connections made;

    private final JdPayRetryPolicy retryPolicy;

    private final int maxResponseBytes;

    private final ObservationRegistry observations;

    private final @Nullable JdPayClientObservationConvention convention;

    Transport(
            Supplier<Connections> connections,
            JdPayRetryPolicy retryPolicy,
            int maxResponseBytes,
            ObservationRegistry observations,
            @Nullable JdPayClientObservationConvention convention) {
        this.connections = connections;
        this.retryPolicy = retryPolicy;
        this.maxResponseBytes = maxResponseBytes;
        this.observations = observations;
        this.convention = convention;
    }

    /**
     * Runs {@code call} (the fields, the sealing, {@link #call} and the reading of JD's answer) as one
     * {@code jdpay.client.requests} observation, in scope while it runs so that the HTTP client's observation is its
     * child; with the no-op registry, simply runs it.
     *
     * @param operation the interface called
     * @param merchantName the configured name of the merchant
     * @param tradeNum the merchant's trade number of the call, if it has one
     * @param call what the call does
     */
    public <T> T observed(RemoteOperation operation, String merchantName, @Nullable String tradeNum, Supplier<T> call) {
        if (this.observations.isNoop()) {
            return call.get();
        }
        JdPayClientObservationContext context =
                new JdPayClientObservationContext(operation.wireName(), merchantName, tradeNum);
        Observation observation = JdPayClientObservationDocumentation.CLIENT_REQUESTS.observation(
                this.convention, Defaults.CONVENTION, () -> context, this.observations);
        observation.start();
        try (Observation.Scope scope = observation.openScope()) {
            return call.get();
        } catch (RuntimeException ex) {
            context.failed(ex);
            observation.error(ex);
            throw ex;
        } finally {
            observation.stop();
        }
    }

    private Connections connections() {
        Connections made = this.made;
        if (made == null) {
            synchronized (this) {
                made = this.made;
                if (made == null) {
                    made = this.connections.get();
                    this.made = made;
                }
            }
        }
        return made;
    }

    /**
     * The client for an attempt. A pooled connection may have been closed by the gateway without a word (an HTTP/1.0
     * answer, a lapsed keep-alive); a request written on it fails after it left, and whether it reached JD is unknown.
     * That costs a read-only call an attempt, but it leaves a payment's outcome unknown, and a payment may not simply
     * be sent again: nothing can prove it did not arrive. So only the first attempt of a read-only call rides the
     * pool; calls that may not be repeated, and retries, go on a connection opened for them.
     */
    private RestClient client(RemoteOperation operation, int attempt) {
        Connections all = connections();
        return operation.isReadOnly() && attempt == 1 ? all.reusing() : all.fresh();
    }

    /**
     * Posts {@code body} and reads the answer with {@code reader}. For a money-moving operation, an answer that cannot
     * be trusted or read means the outcome is unknown, exactly as a lost connection does.
     */
    public <T> T call(
            RemoteOperation operation,
            URI url,
            MediaType contentType,
            byte[] body,
            @Nullable String tradeNum,
            Function<byte[], T> reader) {
        try {
            return reader.apply(post(operation, url, contentType, body, tradeNum));
        } catch (JdPayMalformedMessageException | JdPaySignatureException ex) {
            if (operation.movesMoney() && tradeNum != null) {
                throw new JdPayOutcomeUnknownException(operation.wireName(), tradeNum, ex);
            }
            throw ex;
        }
    }

    /** Posts {@code body} as {@code contentType} and returns the 2xx answer's bytes. */
    public byte[] post(
            RemoteOperation operation, URI url, MediaType contentType, byte[] body, @Nullable String tradeNum) {
        for (int attempt = 1; ; attempt++) {
            Failure failure;
            try {
                return attempt(operation, url, contentType, body, tradeNum, attempt);
            } catch (Failure ex) {
                failure = ex;
            }
            if (!operation.isReadOnly() || attempt >= this.retryPolicy.maxAttempts()) {
                throw failure.toException(operation, tradeNum);
            }
            pause(this.retryPolicy.backoff(attempt), failure.transport, operation);
        }
    }

    private byte[] attempt(
            RemoteOperation operation,
            URI url,
            MediaType contentType,
            byte[] body,
            @Nullable String tradeNum,
            int attempt) {
        String call = "JD Pay " + operation.wireName() + " at " + url;
        Reply reply;
        try {
            reply = client(operation, attempt)
                    .post()
                    .uri(url)
                    .contentType(contentType)
                    .body(body)
                    .exchange((request, response) -> new Reply(
                            response.getStatusCode().value(),
                            response.getBody().readNBytes(this.maxResponseBytes + 1)));
        } catch (RestClientException ex) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
            logger.debug(describe(operation, url, tradeNum, attempt) + " failed: " + cause);
            throw new Failure(new JdPayTransportException(call + " failed: " + ex.getMessage(), ex), !neverSent(ex));
        }
        if (logger.isDebugEnabled()) {
            logger.debug(describe(operation, url, tradeNum, attempt) + ": HTTP " + reply.status + ", " + body.length
                    + " bytes sent, " + reply.body.length + " bytes received");
        }
        if (reply.status < 200 || reply.status >= 300) {
            JdPayTransportException failure =
                    new JdPayTransportException(call + " answered HTTP " + reply.status, null);
            // 5xx and 429 may pass; any other status will not change by asking again.
            if (reply.status >= 500 || reply.status == 429) {
                throw new Failure(failure, true);
            }
            throw failure;
        }
        if (reply.body.length > this.maxResponseBytes) {
            throw new JdPayMalformedMessageException(call + " answer exceeds " + this.maxResponseBytes + " bytes");
        }
        return reply.body;
    }

    private static String describe(RemoteOperation operation, URI url, @Nullable String tradeNum, int attempt) {
        return "JD Pay " + operation.wireName() + " POST " + url + " (" + operation.tradeField() + " " + tradeNum
                + ", attempt " + attempt + ")";
    }

    /** Whether the failure happened before the request could leave: nothing can have reached JD. */
    private static boolean neverSent(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof ConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration backoff, JdPayTransportException failure, RemoteOperation operation) {
        logger.debug("JD Pay " + operation.wireName() + " retrying in " + backoff.toMillis() + " ms after: "
                + failure.getMessage());
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new JdPayTransportException("interrupted while waiting to retry " + operation.wireName(), failure);
        }
    }

    private record Reply(int status, byte[] body) {}

    /** The clients of a transport: over pooled connections, and over one connection per request. */
    record Connections(RestClient reusing, RestClient fresh) {}

    /** The default convention, made once for all transports. */
    private static final class Defaults {

        static final JdPayClientObservationConvention CONVENTION = new DefaultJdPayClientObservationConvention();
    }

    /** A transport failure that a retry might cure; {@code sent} when the request may have reached JD. */
    private static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final JdPayTransportException transport;

        final boolean sent;

        Failure(JdPayTransportException transport, boolean sent) {
            super(null, null, false, false);
            this.transport = transport;
            this.sent = sent;
        }

        RuntimeException toException(RemoteOperation operation, @Nullable String tradeNum) {
            if (operation.movesMoney() && this.sent && tradeNum != null) {
                return new JdPayOutcomeUnknownException(operation.wireName(), tradeNum, this.transport);
            }
            return this.transport;
        }
    }
}
