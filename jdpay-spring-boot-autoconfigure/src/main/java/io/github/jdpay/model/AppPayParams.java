package io.github.jdpay.model;

import java.util.Objects;

/**
 * What the JD APP SDK needs to pay an order: {@code JDPayAuthor.author(activity, orderId, merchant, appId,
 * signData)}. Hand it to the app as it is; the app's result is advisory, the notification or a query is the truth.
 *
 * @param orderId JD's order id from the unified order
 * @param merchant merchant number
 * @param appId JD's id of the merchant's app
 * @param signData MD5 signature over merchant and order id with the merchant's MD5 key
 */
public record AppPayParams(String orderId, String merchant, String appId, String signData) {

    public AppPayParams {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(signData, "signData");
    }
}
