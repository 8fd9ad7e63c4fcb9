package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payer's browser without a browser: posts the shop's cashier form to the simulator, presses "pay" on its cashier
 * page and follows the page callback back to the shop, as the browser test does in Chromium.
 */
final class Payer {

    private static final Pattern FORM = Pattern.compile("<form id=\"(\\w+)\" method=\"post\" action=\"([^\"]*)\">");

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private static final Pattern REFERENCE = Pattern.compile("&(quot|lt|gt|amp|#[0-9]+);");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /**
     * Pays through JD's cashier: the shop's form, the pay button, the callback.
     *
     * @return the shop's callback page
     */
    HttpResponse<String> payAtCashier(Map<String, Object> cashierForm) {
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) cashierForm.get("fields");
        HttpResponse<String> cashier = post((String) cashierForm.get("action"), fields);
        HttpResponse<String> callback = pressPay(cashier);
        return post(action(callback.body(), "callback"), hidden(callback.body()));
    }

    /** Scans a QR code (opens its URL) and pays on the page it leads to; there is no callback for a scanned code. */
    HttpResponse<String> payScanned(String qrCodeUrl) {
        return pressPay(get(qrCodeUrl));
    }

    private HttpResponse<String> pressPay(HttpResponse<String> cashier) {
        assertThat(cashier.statusCode()).as(cashier.body()).isEqualTo(200);
        assertThat(cashier.body()).contains("id=\"pay\"");
        HttpResponse<String> paid = post(action(cashier.body(), "cashier"), hidden(cashier.body()));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        return paid;
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return this.http.send(
                    request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String action(String html, String formId) {
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(formId)) {
                return unescape(m.group(2));
            }
        }
        throw new AssertionError("no form " + formId + " in " + html);
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return fields;
    }

    /** Character references as a browser reads them: JD's cashier writes the newlines of the sign as {@code &#10;}. */
    private static String unescape(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String replacement =
                    switch (m.group(1)) {
                        case "quot" -> "\"";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        default ->
                            Character.toString(Integer.parseInt(m.group(1).substring(1)));
                    };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(sb).toString();
    }
}
