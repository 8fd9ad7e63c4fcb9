package io.github.jdpay.sample.order;

/** How the payer pays an order: each channel is a different JD Pay interface. */
public enum Channel {

    /** JD's APP SDK: the shop's app gets signed parameters and opens JD Pay ({@code uniorder} GEN). */
    APP,

    /** JD's PC cashier: the browser posts a signed form to JD ({@code saveOrder}). */
    PC,

    /** JD's mobile (H5) cashier: like PC, for a phone's browser. */
    H5,

    /** A QR code the payer scans with the JD app ({@code uniorder} QR). */
    QR,

    /** An aggregate-pay (聚合支付) QR code that JD, WeChat and Alipay apps can scan ({@code getScanUrl}). */
    AGGREGATE_QR
}
