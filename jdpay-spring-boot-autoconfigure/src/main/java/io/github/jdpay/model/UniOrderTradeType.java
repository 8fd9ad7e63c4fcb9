package io.github.jdpay.model;

/** How a unified order ({@code uniorder}) will be paid (JD's {@code tradeType} there). */
public enum UniOrderTradeType {

    /** {@code GEN}: paid in the JD APP SDK, or a general order; JD's default. */
    GEN,

    /** {@code QR}: paid by scanning the {@code qrCode} the response carries (扫一扫). */
    QR
}
