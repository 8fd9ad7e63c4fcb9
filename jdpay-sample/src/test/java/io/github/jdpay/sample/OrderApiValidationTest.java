package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API refuses what it cannot take with a problem that names the field, and unknown orders with 404. */
class OrderApiValidationTest extends ShopTestSupport {

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            title       | null                                  | title
            title       | '   '                                 | title
            title       | 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三 | title
            title       | 42                                    | title
            amountFen   | null                                  | amountFen
            amountFen   | 12.5                                  | amountFen
            amountFen   | 0                                     | amountFen
            amountFen   | -100                                  | amountFen
            amountFen   | "100"                                 | amountFen
            amountFen   | 99999999999999999999999               | amountFen
            amountYuan  | "1.234"                               | amountYuan
            amountYuan  | "twelve"                              | amountYuan
            amountYuan  | "0.00"                                | amountYuan
            channel     | null                                  | channel
            channel     | "BITCOIN"                             | channel
            channel     | 1                                     | channel
            """)
    void invalidOrdersAreRefusedNamingTheField(String field, @Nullable String json, String named) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "茶", "amountFen", 100, "channel", "QR"));
        body.remove(field);
        if (json != null) {
            body.put(field, parse(json));
        }
        if (field.equals("amountYuan")) {
            body.remove("amountFen");
        }

        ShopApi.Answer answer = this.api.post("/api/orders", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("field")).as("%s", answer.body()).isEqualTo(named);
        // A sentence for a person, without the JSON field names that "field" gives a program.
        assertThat(answer.text("detail")).endsWith(".").doesNotContain("amountFen", "amountYuan", ": is", ": must");
    }

    @Test
    void amountsAreExplainedInYuanAndInWords() {
        ShopApi.Answer negative =
                this.api.post("/api/orders", Map.of("title", "茶", "amountYuan", "-1.00", "channel", "QR"));
        ShopApi.Answer fraction =
                this.api.post("/api/orders", Map.of("title", "茶", "amountYuan", "1.234", "channel", "QR"));

        assertThat(negative.text("detail")).isEqualTo("The amount must be more than 0.00 yuan.");
        assertThat(fraction.text("detail")).isEqualTo("The amount has at most two decimals (fen), such as 12.80.");
    }

    @Test
    void aRefundOfMoreThanIsLeftSaysHowMuchIsLeftInYuan() {
        String tradeNum = this.api.createOrder("茶", 1280, "APP").text("tradeNum");
        this.api.demoPay(tradeNum);
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer answer = this.api.refund(tradeNum, Map.of("amountYuan", "99.00"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.text("detail"))
                .isEqualTo("Only 12.80 yuan of order " + tradeNum + " is left to refund, not 99.00 yuan.");
    }

    @Test
    void titlesAreCountedInCharactersAsTheDatabaseStoresThem() {
        String seventeenEmoji = "🍵".repeat(17); // 17 characters, 34 UTF-16 units
        String thirtyThreeEmoji = "🍵".repeat(33);

        ShopApi.Answer stored = this.api.createOrder(seventeenEmoji, 100, "QR");
        ShopApi.Answer tooLong =
                this.api.post("/api/orders", Map.of("title", thirtyThreeEmoji, "amountFen", 100, "channel", "QR"));

        assertThat(this.api.order(stored.text("tradeNum")).text("title")).isEqualTo(seventeenEmoji);
        assertThat(this.api.createOrder("🍵".repeat(32), 100, "PC").text("title"))
                .hasSize(64);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("detail")).isEqualTo("The title is 33 characters long: at most 32 fit.");
    }

    @Test
    void anAmountGivenTwiceIsRefused() {
        ShopApi.Answer answer = this.api.post(
                "/api/orders", Map.of("title", "茶", "amountFen", 100, "amountYuan", "1.00", "channel", "QR"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("field")).isEqualTo("amountFen");
    }

    @Test
    void yuanAreConvertedToFen() {
        ShopApi.Answer created =
                this.api.post("/api/orders", Map.of("title", "茶", "amountYuan", "12.3", "channel", "QR"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.number("amountFen")).isEqualTo(1230);
    }

    @Test
    void malformedJsonIsABadRequest() {
        ShopApi.Answer answer = this.api.post("/api/orders", "{\"title\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("title")).isEqualTo("Bad Request");
    }

    @Test
    void unknownOrdersAreNotFound() {
        assertThat(this.api.order("S-nope").status()).isEqualTo(404);
        assertThat(this.api.refund("S-nope", Map.of("amountFen", 1)).status()).isEqualTo(404);
        assertThat(this.api.revoke("S-nope").status()).isEqualTo(404);
        assertThat(this.api.order("S-nope").text("detail")).isEqualTo("no order S-nope");
    }

    @Test
    void anUnpaidOrderCannotBeRefunded() {
        String tradeNum = this.api.createOrder("茶", 100, "QR").text("tradeNum");

        ShopApi.Answer answer = this.api.refund(tradeNum, Map.of("amountFen", 100));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.text("detail"))
                .isEqualTo("Order " + tradeNum + " is not paid yet: only a paid order can be refunded.");
    }

    @Test
    void refundAmountsAreCheckedLikeOrderAmounts() {
        String tradeNum = this.api.createOrder("茶", 100, "QR").text("tradeNum");

        ShopApi.Answer answer = this.api.refund(tradeNum, Map.of("amountFen", 0.5));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("field")).isEqualTo("amountFen");
    }

    /** A JSON literal of the table: a quoted string, a number or an integer too large for a long. */
    private static Object parse(String json) {
        if (json.startsWith("\"")) {
            return json.substring(1, json.length() - 1);
        }
        if (json.contains(".")) {
            return new BigDecimal(json);
        }
        try {
            return Long.parseLong(json);
        } catch (NumberFormatException ex) {
            try {
                return new BigInteger(json);
            } catch (NumberFormatException notANumber) {
                return json;
            }
        }
    }
}
