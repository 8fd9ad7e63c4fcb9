package io.github.jdpay.notify.web;

import io.github.jdpay.notify.JdPayNotificationSource;

/**
 * What the endpoint answers JD: a status and a short plain-text body. JD re-sends unless the body is its
 * acknowledgement.
 *
 * @param status the HTTP status
 * @param body {@code success} (or the source's acknowledgement) when handled, {@code fail} otherwise
 */
record NotificationAnswer(int status, String body) {

    static final String FAIL = "fail";

    static NotificationAnswer acknowledged(JdPayNotificationSource source) {
        return new NotificationAnswer(200, source.acknowledgement());
    }

    static NotificationAnswer fail(int status) {
        return new NotificationAnswer(status, FAIL);
    }
}
