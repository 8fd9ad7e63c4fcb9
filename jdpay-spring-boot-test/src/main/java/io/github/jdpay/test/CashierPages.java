package io.github.jdpay.test;

import java.util.Map;

/**
 * The simulator's cashier HTML: plain forms without scripts or external resources, so they work in any browser
 * (and in a headless one driven by Selenium), every value escaped. Stable element ids: {@code pay}, {@code amount},
 * {@code status}, {@code error-code}, {@code error-desc}, {@code callback}.
 */
final class CashierPages {

    private CashierPages() {}

    /** The page where the payer confirms; for a payer-typed (CUST) code it asks for the amount in yuan. */
    static String cashier(SimulatedOrder order, String merchantName, String payAction, String key) {
        StringBuilder html = head("京东支付收银台");
        html.append("<h1>京东支付 JD Pay</h1><dl>")
                .append(item("商户", merchantName))
                .append(item("商品", order.tradeName()))
                .append(item("订单号", order.tradeNum()))
                .append(item("金额", (order.amount() > 0) ? yuan(order.amount()) + " 元" : "由付款人输入"))
                .append("</dl>");
        if (order.state() != OrderState.CREATED) {
            return html.append("<p id=\"status\">")
                    .append(escape(describe(order.state())))
                    .append("</p>")
                    .append(TAIL)
                    .toString();
        }
        html.append("<form id=\"cashier\" method=\"post\" action=\"")
                .append(escape(payAction))
                .append("\"><input type=\"hidden\" name=\"key\" value=\"")
                .append(escape(key))
                .append("\">");
        if (order.amount() == 0) {
            html.append("<label>金额(元) <input id=\"amount\" name=\"amount\" inputmode=\"decimal\" required></label>");
        }
        return html.append("<button id=\"pay\" type=\"submit\">确认付款 Pay</button></form>")
                .append(TAIL)
                .toString();
    }

    /** A page that posts the signed callback form to the merchant's {@code callbackUrl} as soon as it loads. */
    static String callback(String callbackUrl, Map<String, String> fields) {
        StringBuilder html = head("支付成功");
        html.append("<p id=\"status\">支付成功，正在返回商户</p><form id=\"callback\" method=\"post\" action=\"")
                .append(escape(callbackUrl))
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">返回商户</button></noscript></form>")
                .append("<script>document.getElementById('callback').submit();</script>")
                .append(TAIL)
                .toString();
    }

    /** The page after a payment whose order has no {@code callbackUrl} (a scanned QR code). */
    static String paid(SimulatedOrder order) {
        return head("支付成功")
                .append("<p id=\"status\">支付成功</p><p id=\"paid\">")
                .append(escape(order.tradeNum()))
                .append("</p>")
                .append(TAIL)
                .toString();
    }

    static String error(String code, String description) {
        return head("京东支付")
                .append("<p>支付请求失败</p><p id=\"error-code\">")
                .append(escape(code))
                .append("</p><p id=\"error-desc\">")
                .append(escape(description))
                .append("</p>")
                .append(TAIL)
                .toString();
    }

    static String yuan(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }

    private static final String TAIL = "</body></html>";

    private static StringBuilder head(String title) {
        return new StringBuilder(1024)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title))
                .append(" (JD Pay simulator)</title></head><body>");
    }

    private static String item(String label, String value) {
        return "<dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd>";
    }

    private static String describe(OrderState state) {
        return switch (state) {
            case CREATED -> "待支付";
            case PAID, PARTIALLY_REFUNDED, REFUNDED -> "订单已支付";
            case REVOKED -> "订单已撤销";
            case EXPIRED -> "订单已过期";
        };
    }

    /** Escapes text for element content and quoted attribute values; line breaks survive as character references. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
