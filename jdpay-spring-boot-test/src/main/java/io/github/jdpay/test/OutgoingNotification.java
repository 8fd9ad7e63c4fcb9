package io.github.jdpay.test;

/** A notification the simulator has to deliver: where, what, and for which trade. */
record OutgoingNotification(
        String merchant, String tradeNum, String tradeType, String url, String body, String contentType) {

    static final String XML = "application/xml;charset=UTF-8";

    static final String JSON = "application/json;charset=UTF-8";
}
