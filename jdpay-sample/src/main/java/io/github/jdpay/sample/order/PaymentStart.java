package io.github.jdpay.sample.order;

import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.CashierForm;
import org.jspecify.annotations.Nullable;

/**
 * A newly placed order and what the payer needs to pay it, which depends on the channel: exactly one of the other
 * components is set.
 *
 * @param order the order, {@link OrderStatus#CREATED}
 * @param appPayParams for {@link Channel#APP}: what the shop's app hands to JD's SDK
 * @param cashierForm for {@link Channel#PC} and {@link Channel#H5}: the form the browser posts to JD's cashier
 * @param qrCode for {@link Channel#QR}: the URL to show as a QR code
 * @param scanUrl for {@link Channel#AGGREGATE_QR}: the aggregate-pay URL to show as a QR code
 */
public record PaymentStart(
        ShopOrder order,
        @Nullable AppPayParams appPayParams,
        @Nullable CashierForm cashierForm,
        @Nullable String qrCode,
        @Nullable String scanUrl) {}
