package io.github.jdpay.protocol.aggregate;

/**
 * How the {@code getScanUrl} envelope travels. JD's product page says "POST, application/JSON" in its text and shows
 * the envelope as URL parameters in its worked example.
 */
public enum ScanUrlTransport {

    /** The envelope as a JSON object in the body of a POST ({@code application/json}). */
    JSON,

    /**
     * The example's parameters {@code merchantNo}, {@code cipherJson} and {@code sign}, in that order, as the
     * URL-encoded body of a form POST ({@code application/x-www-form-urlencoded}): the same text as the example's query
     * string, sent the way a browser submits a form with {@code method="post"}. Never a GET: the call creates an
     * order, and a GET's URL (with its sign) is kept by proxies and access logs and may be repeated by them.
     */
    QUERY
}
