package io.github.jdpay.protocol.aggregate;

import java.util.Objects;

/**
 * Which of JD's documented forms the aggregate client writes. Readers accept every form whatever the dialect; the
 * dialect only decides what is sent.
 *
 * @param scanUrlFieldNames the plaintext names of {@code getScanUrl}
 * @param scanUrlTransport how the {@code getScanUrl} envelope is sent
 * @param scanUrlCipherText the text form of {@code getScanUrl}'s {@code cipherJson}
 * @param apiCipherText the text form of the apipayx {@code /m/*} operations' {@code cipherJson}
 */
public record AggregateDialect(
        ScanUrlFieldNames scanUrlFieldNames,
        ScanUrlTransport scanUrlTransport,
        CipherTextEncoding scanUrlCipherText,
        CipherTextEncoding apiCipherText) {

    /**
     * The defaults: the parameter table's names sent as a JSON POST, as the product page's text and every integration
     * in public code do; URL-safe Base64 for payx, as its text and example show; hex for apipayx, as JD's V3.0 SDK
     * writes it.
     */
    public static final AggregateDialect DEFAULT = new AggregateDialect(
            ScanUrlFieldNames.TABLE, ScanUrlTransport.JSON, CipherTextEncoding.BASE64_URL, CipherTextEncoding.HEX);

    /** The worked example of {@code getScanUrl} on JD's product page: its names, its URL parameters, its Base64. */
    public static final AggregateDialect PRODUCT_PAGE_EXAMPLE = new AggregateDialect(
            ScanUrlFieldNames.SAMPLE, ScanUrlTransport.QUERY, CipherTextEncoding.BASE64_URL, CipherTextEncoding.HEX);

    public AggregateDialect {
        Objects.requireNonNull(scanUrlFieldNames, "scanUrlFieldNames");
        Objects.requireNonNull(scanUrlTransport, "scanUrlTransport");
        Objects.requireNonNull(scanUrlCipherText, "scanUrlCipherText");
        Objects.requireNonNull(apiCipherText, "apiCipherText");
    }

    /** This dialect with other {@code getScanUrl} names. */
    public AggregateDialect withScanUrlFieldNames(ScanUrlFieldNames names) {
        return new AggregateDialect(names, this.scanUrlTransport, this.scanUrlCipherText, this.apiCipherText);
    }

    /** This dialect with another {@code getScanUrl} transport. */
    public AggregateDialect withScanUrlTransport(ScanUrlTransport transport) {
        return new AggregateDialect(this.scanUrlFieldNames, transport, this.scanUrlCipherText, this.apiCipherText);
    }

    /** This dialect with another {@code getScanUrl} cipher text. */
    public AggregateDialect withScanUrlCipherText(CipherTextEncoding encoding) {
        return new AggregateDialect(this.scanUrlFieldNames, this.scanUrlTransport, encoding, this.apiCipherText);
    }

    /** This dialect with another apipayx cipher text. */
    public AggregateDialect withApiCipherText(CipherTextEncoding encoding) {
        return new AggregateDialect(this.scanUrlFieldNames, this.scanUrlTransport, this.scanUrlCipherText, encoding);
    }
}
