package io.github.jdpay.test;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's cashier HTML, laid out like a cashier: the amount, the merchant and the order, a Pay and a Cancel
 * button, in Chinese with English. One inline stylesheet and system fonts, no external resources, no scripts but the
 * callback's auto-submit and Cancel's {@code history.back()} where there is no merchant site to return to, so that it
 * works in any browser (and in a headless one driven by Selenium) and on a phone. Every value is escaped. Stable element ids: {@code pay}, {@code cancel}, {@code amount}, {@code status},
 * {@code error-code}, {@code error-desc}, {@code callback}.
 */
final class CashierPages {

    private CashierPages() {}

    /** The page where the payer confirms; for a payer-typed (CUST) code it asks for the amount in yuan. */
    static String cashier(SimulatedOrder order, String merchantName, String payAction, String key) {
        StringBuilder html = head("京东支付收银台", "收银台 Cashier");
        html.append("<section class=\"due\"><small>应付金额 Amount due</small><strong id=\"due\">")
                .append((order.amount() > 0) ? "¥" + yuan(order.amount()) : "由付款人输入 Entered by the payer")
                .append("</strong></section><dl>")
                .append(item("商户", "Merchant", merchantName))
                .append(item("商品", "Item", order.tradeName()))
                .append(item("订单号", "Order no.", order.tradeNum()).replace("<dd>", "<dd class=\"no\">"))
                .append("</dl>");
        if (order.state() != OrderState.CREATED) {
            return html.append("<p id=\"status\" class=\"state\">")
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
            html.append("<label for=\"amount\">金额(元) Amount (yuan)</label>")
                    .append("<input id=\"amount\" name=\"amount\" inputmode=\"decimal\" required>");
        }
        html.append("<button id=\"pay\" type=\"submit\">确认付款 Pay</button></form>");
        String merchantSite = site(order.callbackUrl());
        if (merchantSite != null) {
            html.append("<a id=\"cancel\" class=\"cancel\" href=\"")
                    .append(escape(merchantSite))
                    .append("\">取消，返回商户 Cancel</a>");
        } else {
            html.append("<button id=\"cancel\" class=\"cancel\" type=\"button\" onclick=\"history.back()\">")
                    .append("取消 Cancel</button>");
        }
        return html.append(TAIL).toString();
    }

    /** A page that posts the signed callback form to the merchant's {@code callbackUrl} as soon as it loads. */
    static String callback(String callbackUrl, Map<String, String> fields) {
        StringBuilder html = head("支付成功", "支付成功 Paid");
        html.append("<p id=\"status\" class=\"state ok\">支付成功，正在返回商户<br><small>Paid, returning to the")
                .append(" merchant…</small></p><form id=\"callback\" method=\"post\" action=\"")
                .append(escape(callbackUrl))
                .append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        return html.append("<noscript><button type=\"submit\">返回商户 Back to the merchant</button></noscript></form>")
                .append("<script>document.getElementById('callback').submit();</script>")
                .append(TAIL)
                .toString();
    }

    /** The page after a payment whose order has no {@code callbackUrl} (a scanned QR code). */
    static String paid(SimulatedOrder order) {
        return head("支付成功", "支付成功 Paid")
                .append("<p id=\"status\" class=\"state ok\">支付成功<br><small>Payment successful</small></p>")
                .append("<section class=\"due\"><small>已付金额 Amount paid</small><strong>¥")
                .append(yuan(order.amount()))
                .append("</strong></section><dl>")
                .append(item("订单号", "Order no.", order.tradeNum()).replace("<dd>", "<dd id=\"paid\" class=\"no\">"))
                .append("</dl>")
                .append(TAIL)
                .toString();
    }

    static String error(String code, String description) {
        return head("京东支付", "支付请求失败 Failed")
                .append("<p class=\"state bad\">支付请求失败<br><small>The payment request failed</small></p><dl>")
                .append("<dt>错误码 <span>Code</span></dt><dd><p id=\"error-code\">")
                .append(escape(code))
                .append("</p></dd><dt>原因 <span>Reason</span></dt><dd><p id=\"error-desc\">")
                .append(escape(description))
                .append("</p></dd></dl>")
                .append(TAIL)
                .toString();
    }

    static String yuan(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }

    private static final String TAIL =
            "</main><footer>京东支付模拟器 · JD Pay simulator · 不会真实扣款 no real money" + " moves</footer></body></html>";

    /** System fonts only (CJK ones named for each platform); no web fonts, no CDN. */
    private static final String STYLE = "<style>"
            + ":root{font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\","
            + "sans-serif;color:#1f2328;background:#f2f3f5}"
            + "body{margin:0;padding:1rem;min-height:100vh;box-sizing:border-box}"
            + "main{max-width:26rem;margin:1.5rem auto 1rem;background:#fff;border-radius:14px;"
            + "box-shadow:0 2px 10px rgba(0,0,0,.07);overflow:hidden}"
            + "header{display:flex;align-items:center;gap:.6rem;padding:.9rem 1.2rem;background:#e1251b;color:#fff}"
            + ".logo{background:#fff;color:#e1251b;font-weight:700;border-radius:6px;padding:.05rem .4rem}"
            + "header strong{font-size:1.05rem}header small{display:block;opacity:.85;font-size:.75rem}"
            + ".due{text-align:center;padding:1.4rem 1rem .6rem}.due small{display:block;color:#656d76;font-size:.85rem}"
            + ".due strong{display:block;font-size:2.3rem;margin-top:.2rem;font-variant-numeric:tabular-nums}"
            + "dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.55rem 1rem;margin:0;padding:1rem 1.2rem;"
            + "border-top:1px solid #eceef1}"
            + "dt{color:#656d76;font-size:.9rem;white-space:nowrap}dt span{font-size:.75rem}"
            + "dd{margin:0;text-align:right;overflow-wrap:anywhere}dd p{margin:0}"
            + "dd.no{font-family:ui-monospace,Menlo,monospace;font-size:.85rem}"
            + "form,.cancel{display:block;margin:0 1.2rem}form{margin-top:.4rem}"
            + "label{display:block;color:#656d76;font-size:.9rem;margin-bottom:.3rem}"
            + "input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.6rem;margin-bottom:.8rem;"
            + "border:1px solid #cfd4da;border-radius:8px}"
            + "button,.cancel{font:inherit;width:100%;box-sizing:border-box;border-radius:999px;padding:.75rem;"
            + "cursor:pointer;text-align:center}"
            + "#pay{background:#e1251b;color:#fff;border:0;font-size:1.05rem;font-weight:600}#pay:hover{background:#c81f16}"
            + ".cancel{width:auto;margin:.6rem 1.2rem 1.2rem;background:none;border:1px solid #cfd4da;color:#4b535c;"
            + "text-decoration:none;font-size:.95rem}"
            + ".state{text-align:center;font-size:1.2rem;font-weight:600;padding:1.4rem 1rem .4rem;margin:0}"
            + ".state small{font-size:.85rem;font-weight:400;color:#656d76}.state.ok{color:#0a6b2b}"
            + ".state.bad{color:#a8180f}"
            + "footer{text-align:center;color:#8a8f96;font-size:.75rem}"
            + "</style>";

    private static StringBuilder head(String title, String heading) {
        return new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title))
                .append(" (JD Pay simulator)</title>")
                .append(STYLE)
                .append(
                        "</head><body><main><header><span class=\"logo\">JD</span><div><strong>京东支付 JD Pay</strong><small>")
                .append(escape(heading))
                .append(" · 模拟器 simulator</small></div></header>");
    }

    private static String item(String label, String english, String value) {
        return "<dt>" + escape(label) + " <span>" + escape(english) + "</span></dt><dd>" + escape(value) + "</dd>";
    }

    /** The merchant's site, where Cancel leads: the origin of its {@code callbackUrl}, if it has one. */
    private static @Nullable String site(@Nullable String callbackUrl) {
        if (callbackUrl == null) {
            return null;
        }
        try {
            URI uri = URI.create(callbackUrl);
            return (uri.getScheme() != null && uri.getRawAuthority() != null)
                    ? uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                    : null;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String describe(OrderState state) {
        return switch (state) {
            case CREATED -> "待支付 Awaiting payment";
            case PAID, PARTIALLY_REFUNDED, REFUNDED -> "订单已支付 Already paid";
            case REVOKED -> "订单已撤销 Revoked";
            case EXPIRED -> "订单已过期 Expired";
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
