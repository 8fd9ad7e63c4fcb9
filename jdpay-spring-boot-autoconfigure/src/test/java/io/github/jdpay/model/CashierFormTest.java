package io.github.jdpay.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashierFormTest {

    @Test
    void htmlEscapesEveryNameAndValue() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchant", "\"><script>alert(1)</script>");
        fields.put("x'&<", "a&b");
        CashierForm form = new CashierForm("https://h5pay.jd.com/jdpay/saveOrder?a=1&b=\"2\"", fields);

        String html = form.toHtml();

        assertThat(html)
                .contains("action=\"https://h5pay.jd.com/jdpay/saveOrder?a=1&amp;b=&quot;2&quot;\"")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("name=\"x&#39;&amp;&lt;\" value=\"a&amp;b\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void pageSubmitsItselfAndKeepsFieldOrder() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "V2.0");
        fields.put("merchant", "22294531");
        fields.put("sign", "abc=");

        String html = new CashierForm("https://wepay.jd.com/jdpay/saveOrder", fields).toHtml();

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"UTF-8\">")
                .contains("method=\"post\"")
                .contains(".submit()");
        assertThat(html.indexOf("\"version\"")).isLessThan(html.indexOf("\"merchant\""));
        assertThat(html.indexOf("\"merchant\"")).isLessThan(html.indexOf("\"sign\""));
    }

    @Test
    void toStringShowsNoValues() {
        CashierForm form = new CashierForm("https://wepay.jd.com/jdpay/saveOrder", Map.of("sign", "secret-sign"));

        assertThat(form.toString()).contains("sign").doesNotContain("secret-sign");
    }
}
