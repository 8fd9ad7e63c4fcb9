package io.github.jdpay.model.aggregate;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;

/**
 * JD's answer to {@code getScanUrl}: the URL to show as a QR code for one order.
 *
 * @param outTradeNo the order's number, as requested
 * @param url the {@code scanUrl}: an absolute http(s) URL of at most 512 characters
 */
public record ScanUrl(String outTradeNo, URI url) {

    private static final int URL_MAX = 512;

    public ScanUrl {
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Reads JD's verified reply to a {@code getScanUrl} for {@code outTradeNo}.
     *
     * @throws JdPayMalformedMessageException if it carries no usable {@code scanUrl}
     */
    public static ScanUrl from(Map<String, String> plaintext, String outTradeNo) {
        String text = new AggregatePlaintext(plaintext).required("scanUrl");
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException ex) {
            throw new JdPayMalformedMessageException("scanUrl is not a URL");
        }
        String scheme = url.getScheme();
        if (text.length() > URL_MAX
                || url.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new JdPayMalformedMessageException(
                    "scanUrl is not an absolute http(s) URL of at most 512 characters");
        }
        return new ScanUrl(outTradeNo, url);
    }
}
