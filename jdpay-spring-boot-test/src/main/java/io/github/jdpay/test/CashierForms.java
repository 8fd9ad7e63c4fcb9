package io.github.jdpay.test;

import java.net.URI;
import java.util.Locale;

/** Reads the order a cashier form ({@code saveOrder} or {@code customerPay}) asks for, with jdpay-v2.md §5 rules. */
final class CashierForms {

    private CashierForms() {}

    /**
     * Reads and checks an order form.
     *
     * @param cashier {@code PC} or {@code H5}, the cashier the form was posted to
     */
    static OrderRequest read(String merchant, String cashier, RequestFields fields) {
        String channel = cashier;
        boolean amountRequired = true;
        if (fields.operation().equals("customerPay")) {
            channel = fields.optional("tradeType", "CUST").toUpperCase(Locale.ROOT);
            if (!channel.equals("CUST") && !channel.equals("DRCT")) {
                throw fields.invalid("tradeType", "须为CUST或DRCT");
            }
            amountRequired = channel.equals("DRCT");
        } else {
            for (String name : new String[] {"tradeName", "tradeTime", "orderType", "currency", "userId"}) {
                fields.required(name);
            }
        }
        String callbackUrl = fields.required("callbackUrl");
        if (!isWebUrl(callbackUrl)) {
            throw fields.invalid("callbackUrl", "须为http或https地址");
        }
        return OrderRequests.read(merchant, channel, fields, amountRequired, true);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
