package io.github.jdpay.autoconfigure;

import java.net.URI;

/** Where JD's interfaces live; JD's production hosts by default. */
public class JdPayEndpointsProperties {

    /** Base URL of the paygate XML interfaces (uniorder, query, refund, ...). */
    private URI paygate = URI.create("https://paygate.jd.com/service");

    /** Base URL of the PC cashier. */
    private URI pcCashier = URI.create("https://wepay.jd.com/jdpay");

    /** Base URL of the H5 (mobile) cashier and the merchant QR form. */
    private URI h5Cashier = URI.create("https://h5pay.jd.com/jdpay");

    /** Base URL of aggregate pay (payx). */
    private URI aggregate = URI.create("https://payx.jd.com");

    /** Base URL of the aggregate-pay API (apipayx). */
    private URI aggregateApi = URI.create("https://apipayx.jd.com");

    public URI getPaygate() {
        return this.paygate;
    }

    public void setPaygate(URI paygate) {
        this.paygate = paygate;
    }

    public URI getPcCashier() {
        return this.pcCashier;
    }

    public void setPcCashier(URI pcCashier) {
        this.pcCashier = pcCashier;
    }

    public URI getH5Cashier() {
        return this.h5Cashier;
    }

    public void setH5Cashier(URI h5Cashier) {
        this.h5Cashier = h5Cashier;
    }

    public URI getAggregate() {
        return this.aggregate;
    }

    public void setAggregate(URI aggregate) {
        this.aggregate = aggregate;
    }

    public URI getAggregateApi() {
        return this.aggregateApi;
    }

    public void setAggregateApi(URI aggregateApi) {
        this.aggregateApi = aggregateApi;
    }
}
