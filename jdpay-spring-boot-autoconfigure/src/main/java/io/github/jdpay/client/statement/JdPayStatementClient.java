package io.github.jdpay.client.statement;

import io.github.jdpay.exception.JdPayStatementException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.model.statement.Reconciliation;
import io.github.jdpay.model.statement.StatementRow;
import io.github.jdpay.protocol.statement.BillRequest;
import io.github.jdpay.protocol.statement.BillSigner;
import io.github.jdpay.protocol.statement.StatementReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Downloads a day's statement (对账单) from JD's bill service and reads it as it arrives, row by row, in constant
 * memory; {@link #reconcile} compares it with the application's {@link JdPayLedger}. Thread-safe; build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * Reconciliation day = statements.reconcile(LocalDate.of(2026, 12, 2), orders::forEachTrade);
 * if (!day.isClean()) {
 *     alert(day.missing(), day.extra(), day.mismatched());
 * }
 * }</pre>
 */
public final class JdPayStatementClient {

    private static final MediaType FORM = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

    private final RestClient http;

    private final URI url;

    private final String owner;

    private final String merchantNo;

    private final String path;

    private final BillSigner signer;

    private final StatementReader reader;

    JdPayStatementClient(JdPayStatementClientBuilder builder) {
        this.http = builder.restClient();
        this.url = builder.url();
        this.owner = builder.owner();
        this.merchantNo = builder.merchantNo();
        this.path = builder.path();
        this.signer = builder.signer();
        this.reader = new StatementReader(builder.columns());
    }

    /** Starts a client; the owner, merchant number and bill key are required. */
    public static JdPayStatementClientBuilder builder() {
        return new JdPayStatementClientBuilder();
    }

    /**
     * Downloads the statement of {@code day} and hands each row to {@code sink} while it streams in.
     *
     * @return the number of rows
     * @throws JdPayStatementException if JD's answer is not a readable statement (JD's own text, when it sends one,
     *     is in the message)
     * @throws JdPayTransportException if JD cannot be reached or answers with an HTTP error
     */
    public long download(LocalDate day, Consumer<StatementRow> sink) {
        BillRequest request =
                BillRequest.of(this.owner, BillRequest.fileName(day, this.merchantNo), this.path, this.signer);
        try {
            return this.http
                    .post()
                    .uri(this.url)
                    .contentType(FORM)
                    .body(request.toForm())
                    .exchange((sent, answer) -> {
                        if (!answer.getStatusCode().is2xxSuccessful()) {
                            throw new JdPayTransportException(
                                    "JD's bill service answered HTTP "
                                            + answer.getStatusCode().value() + " for " + day,
                                    null);
                        }
                        try (InputStream body = answer.getBody()) {
                            return read(body, sink);
                        }
                    });
        } catch (RestClientException ex) {
            throw new JdPayTransportException("JD's bill service could not be reached for " + day, ex);
        }
    }

    /** Downloads the statement of {@code day} and reconciles it with the ledger's trades of that day. */
    public Reconciliation reconcile(LocalDate day, JdPayLedger ledger) {
        StatementReconciler reconciler =
                StatementReconciler.start(day, ledger, StatementReconciler.DEFAULT_DETAIL_LIMIT);
        download(day, reconciler);
        return reconciler.finish();
    }

    /** A zip starts with {@code PK}; anything else is JD saying why not, which goes into the error. */
    private long read(InputStream body, Consumer<StatementRow> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(2);
        int p = in.read();
        int k = in.read();
        in.reset();
        if (p != 'P' || k != 'K') {
            String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
            throw new JdPayStatementException("JD's bill service sent no zip file: " + text, 0, null);
        }
        return this.reader.read(in, sink);
    }

    @Override
    public String toString() {
        return "JdPayStatementClient[owner=" + this.owner + ", merchantNo=" + this.merchantNo + ", url=" + this.url
                + "]";
    }
}
