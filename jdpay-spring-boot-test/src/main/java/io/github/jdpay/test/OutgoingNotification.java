package io.github.jdpay.test;

/** A notification the simulator has to deliver: where, what, and for which trade. */
record OutgoingNotification(String merchant, String tradeNum, String tradeType, String url, String body) {}
