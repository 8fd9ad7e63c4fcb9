package io.github.jdpay.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where JD Pay's interfaces live: the paygate XML service, the PC and H5 cashiers and the aggregate-pay hosts. Point
 * them at a simulator in tests.
 *
 * @param paygate base of the XML interfaces; {@code /uniorder}, {@code /query}, ... are appended
 * @param pcCashier base of the PC cashier; {@code /saveOrder} is appended
 * @param h5Cashier base of the H5 cashier; {@code /saveOrder} and {@code /customerPay} are appended
 * @param aggregate base of aggregate pay ({@code payx})
 * @param aggregateApi base of the aggregate-pay API ({@code apipayx})
 */
public record JdPayEndpoints(URI paygate, URI pcCashier, URI h5Cashier, URI aggregate, URI aggregateApi) {

    private static final JdPayEndpoints PRODUCTION = new JdPayEndpoints(
            URI.create("https://paygate.jd.com/service"),
            URI.create("https://wepay.jd.com/jdpay"),
            URI.create("https://h5pay.jd.com/jdpay"),
            URI.create("https://payx.jd.com"),
            URI.create("https://apipayx.jd.com"));

    public JdPayEndpoints {
        paygate = base("paygate", paygate);
        pcCashier = base("pcCashier", pcCashier);
        h5Cashier = base("h5Cashier", h5Cashier);
        aggregate = base("aggregate", aggregate);
        aggregateApi = base("aggregateApi", aggregateApi);
    }

    /** JD's production hosts. */
    public static JdPayEndpoints production() {
        return PRODUCTION;
    }

    /** The URL of one paygate XML interface, such as {@code uniorder}. */
    public URI paygate(String operation) {
        return resolve(this.paygate, operation);
    }

    /** The PC cashier's form action. */
    public URI pcSaveOrder() {
        return resolve(this.pcCashier, "saveOrder");
    }

    /** The H5 cashier's form action. */
    public URI h5SaveOrder() {
        return resolve(this.h5Cashier, "saveOrder");
    }

    /** The merchant QR form action. */
    public URI h5CustomerPay() {
        return resolve(this.h5Cashier, "customerPay");
    }

    /** The URL of a payx interface, such as {@code getScanUrl}. */
    public URI aggregate(String operation) {
        return resolve(this.aggregate, operation);
    }

    /** The URL of an apipayx interface, such as {@code m/pay}. */
    public URI aggregateApi(String operation) {
        return resolve(this.aggregateApi, operation);
    }

    private static URI resolve(URI base, String path) {
        return URI.create(base + "/" + path);
    }

    private static URI base(String name, URI uri) {
        Objects.requireNonNull(uri, name);
        String text = uri.toString();
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(name + " endpoint must be an absolute URL without a query: " + text);
        }
        // JD's paths take no trailing slash; accept one in configuration and drop it.
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
