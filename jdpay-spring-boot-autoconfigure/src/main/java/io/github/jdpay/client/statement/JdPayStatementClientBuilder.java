package io.github.jdpay.client.statement;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.statement.StatementColumns;
import io.github.jdpay.protocol.statement.BillSigner;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link JdPayStatementClient}. What JD's bill service expects is known from one public integration only,
 * so every part of it can be set: the URL, the owner, the path, the signing of {@code data}, the column names.
 */
public final class JdPayStatementClientBuilder {

    /** JD's bill service, as the one public integration calls it. */
    public static final URI DEFAULT_URL = URI.create("https://bapi.jdpay.com/api/download.do");

    /** The path JD's example uses; JD assigns the real one. */
    public static final String DEFAULT_PATH = "0001/0001";

    private URI url = DEFAULT_URL;

    private @Nullable String owner;

    private @Nullable String merchantNo;

    private String path = DEFAULT_PATH;

    private @Nullable BillSigner signer;

    private StatementColumns columns = StatementColumns.ASSUMED;

    private @Nullable RestClient restClient;

    JdPayStatementClientBuilder() {}

    /** The bill service's URL; {@link #DEFAULT_URL} unless set. */
    public JdPayStatementClientBuilder url(URI url) {
        this.url = Objects.requireNonNull(url, "url");
        return this;
    }

    /**
     * The merchant number and the owner JD knows the merchant by; for a 12-digit merchant number the owner defaults to
     * its first 9 digits, as JD's example shows.
     */
    public JdPayStatementClientBuilder merchantNo(String merchantNo) {
        if (merchantNo == null || !merchantNo.matches("[0-9]{6,32}")) {
            throw new JdPayValidationException("merchantNo", "must be 6 to 32 digits");
        }
        this.merchantNo = merchantNo;
        if (this.owner == null && merchantNo.length() == 12) {
            this.owner = merchantNo.substring(0, 9);
        }
        return this;
    }

    /** The owner ({@code owner}) JD's bill service knows the merchant by, when it is not derived from the number. */
    public JdPayStatementClientBuilder owner(String owner) {
        if (owner == null || !owner.matches("[0-9]{1,32}")) {
            throw new JdPayValidationException("owner", "must be 1 to 32 digits");
        }
        this.owner = owner;
        return this;
    }

    /** The file's path at JD ({@code path}); {@link #DEFAULT_PATH} unless set. */
    public JdPayStatementClientBuilder path(String path) {
        if (path == null || path.isBlank() || path.length() > 256) {
            throw new JdPayValidationException("path", "must be 1 to 256 characters");
        }
        this.path = path;
        return this;
    }

    /** The bill key the merchant gave JD, signed as {@link BillSigner#md5(String)}. */
    public JdPayStatementClientBuilder billKey(String billKey) {
        if (billKey == null || billKey.isBlank()) {
            throw new JdPayValidationException("billKey", "must not be blank");
        }
        this.signer = BillSigner.md5(billKey);
        return this;
    }

    /** Another signing of {@code data}, instead of {@link #billKey(String)}. */
    public JdPayStatementClientBuilder signer(BillSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        return this;
    }

    /** The header names the rows are typed by; {@link StatementColumns#ASSUMED} unless set. */
    public JdPayStatementClientBuilder columns(StatementColumns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
        return this;
    }

    /** The HTTP client; a plain {@code RestClient.create()} unless set. */
    public JdPayStatementClientBuilder restClient(RestClient restClient) {
        this.restClient = Objects.requireNonNull(restClient, "restClient");
        return this;
    }

    /** Builds the client. */
    public JdPayStatementClient build() {
        if (this.merchantNo == null) {
            throw new JdPayValidationException("merchantNo", "is required");
        }
        if (this.owner == null) {
            throw new JdPayValidationException("owner", "is required when the merchant number is not 12 digits");
        }
        if (this.signer == null) {
            throw new JdPayValidationException("billKey", "is required (or a signer)");
        }
        return new JdPayStatementClient(this);
    }

    RestClient restClient() {
        return (this.restClient != null) ? this.restClient : RestClient.create();
    }

    URI url() {
        return this.url;
    }

    String owner() {
        return Objects.requireNonNull(this.owner);
    }

    String merchantNo() {
        return Objects.requireNonNull(this.merchantNo);
    }

    String path() {
        return this.path;
    }

    BillSigner signer() {
        return Objects.requireNonNull(this.signer);
    }

    StatementColumns columns() {
        return this.columns;
    }
}
