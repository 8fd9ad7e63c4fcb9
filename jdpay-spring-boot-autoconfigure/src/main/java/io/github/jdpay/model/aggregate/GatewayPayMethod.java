package io.github.jdpay.model.aggregate;

/** Where a unified order is paid ({@code gatewayPayMethod}); the wire code is the constant's name. */
public enum GatewayPayMethod {

    /** In a mini program (小程序). */
    MINIPROGRAM,

    /** In an official account's page (公众号). */
    SUBSCRIPTION
}
