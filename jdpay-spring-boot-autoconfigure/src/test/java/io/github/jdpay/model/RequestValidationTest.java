package io.github.jdpay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayValidationException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every request is checked when it is built, and each failure names the field as JD names it. */
class RequestValidationTest {

    private static UniOrderRequest order(UnaryOperator<UniOrderRequest.Builder> change) {
        return change.apply(UniOrderRequest.builder()
                        .tradeNum("order-1")
                        .tradeName("Tea")
                        .amount(Money.ofFen(100)))
                .build();
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(JdPayValidationException.class, ex -> assertThat(ex.getField())
                        .isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    @Test
    void aMinimalOrderIsValidAndPhysicalByDefault() {
        UniOrderRequest order = order(b -> b);

        assertThat(order.orderType()).isEqualTo(OrderType.PHYSICAL);
        assertThat(order.tradeTime()).isNull();
        assertThat(order.notifyUrl()).isNull();
    }

    @Test
    void requiredFieldsAreNamed() {
        assertRefused(
                () -> UniOrderRequest.builder()
                        .tradeName("Tea")
                        .amount(Money.ofFen(1))
                        .build(),
                "tradeNum");
        assertRefused(
                () -> UniOrderRequest.builder()
                        .tradeNum("a")
                        .amount(Money.ofFen(1))
                        .build(),
                "tradeName");
        assertRefused(
                () -> UniOrderRequest.builder().tradeNum("a").tradeName("Tea").build(), "amount");
        assertRefused(
                () -> RefundRequest.builder()
                        .tradeNum("r")
                        .amount(Money.ofFen(1))
                        .build(),
                "oTradeNum");
        assertRefused(
                () -> FkmPayRequest.builder()
                        .device("d")
                        .tradeNum("t")
                        .tradeName("n")
                        .amount(Money.ofFen(1))
                        .build(),
                "token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 1", "order/1", "订单1", "order.1", "123456789012345678901234567890123", " "})
    void tradeNumbersAreShortAndPlain(String tradeNum) {
        assertRefused(() -> order(b -> b.tradeNum(tradeNum)), "tradeNum");
    }

    @Test
    void tradeNumbersMayHoldUnderscoresAndDashes() {
        assertThat(order(b -> b.tradeNum("dev-1531882041-111_r")).tradeNum()).isEqualTo("dev-1531882041-111_r");
        assertThat(order(b -> b.tradeNum("12345678901234567890123456789012")).tradeNum())
                .hasSize(32);
    }

    @Test
    void zeroAmountsMoveNoMoney() {
        assertRefused(() -> order(b -> b.amount(Money.ofFen(0))), "amount");
        assertRefused(
                () -> RefundRequest.builder()
                        .tradeNum("r")
                        .originalTradeNum("o")
                        .amount(Money.ofFen(0))
                        .build(),
                "amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tea\tLeaves", "Tea\r\nLeaves", "Tea\nLeaves", "Tea\u0000", "Tea\u007f", "Tea\u0085"})
    void controlCharactersNeverReachTheSignature(String name) {
        assertRefused(() -> order(b -> b.tradeName(name)), "tradeName");
        assertRefused(() -> order(b -> b.note(name)), "note");
    }

    @Test
    void textWithoutAUtf8FormIsRefused() {
        assertRefused(() -> order(b -> b.tradeName("Tea\uD800")), "tradeName");
        assertThat(order(b -> b.tradeName("茶\uD83C\uDF75\uD834\uDC00")).tradeName())
                .hasSize(5);
    }

    @Test
    void documentedLengthsAreEnforcedInCharacters() {
        assertThat(order(b -> b.tradeName("测".repeat(32))).tradeName()).hasSize(32);
        assertRefused(() -> order(b -> b.tradeName("测".repeat(33))), "tradeName");
        assertRefused(() -> order(b -> b.tradeDesc("x".repeat(1025))), "tradeDesc");
        assertRefused(() -> order(b -> b.note("x".repeat(257))), "note");
        assertRefused(() -> order(b -> b.userId("x".repeat(65))), "userId");
        assertRefused(() -> order(b -> b.ip("2001:db8:0:0:0:0:0:1")), "ip");
        assertRefused(() -> order(b -> b.device("x".repeat(33))), "device");
        assertRefused(() -> order(b -> b.payMerchant("x".repeat(33))), "payMerchant");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example.com/notify?order=1",
                "https://shop.example.com/notify#x",
                "ftp://shop.example.com/notify",
                "/jdpay/notify",
                "https://shop example.com/notify"
            })
    void notifyUrlsAreAbsoluteHttpWithoutQuery(String url) {
        assertRefused(() -> order(b -> b.notifyUrl(url)), "notifyUrl");
        assertRefused(() -> order(b -> b.callbackUrl(url)), "callbackUrl");
    }

    @Test
    void expireTimeIsWholePositiveSeconds() {
        assertThat(order(b -> b.expireTime(Duration.ofMinutes(10))).expireTime())
                .hasSeconds(600);
        assertRefused(() -> order(b -> b.expireTime(Duration.ZERO)), "expireTime");
        assertRefused(() -> order(b -> b.expireTime(Duration.ofMillis(1500))), "expireTime");
    }

    @Test
    void blankOptionalFieldsAreLeftOut() {
        UniOrderRequest order = order(b -> b.note("  ").tradeDesc(""));

        assertThat(order.note()).isNull();
        assertThat(order.tradeDesc()).isNull();
    }

    @Test
    void personalDataStaysOutOfToString() {
        UniOrderRequest order = order(b -> b.userId("user-4711").ip("10.1.2.3"));
        FkmPayRequest payment = FkmPayRequest.builder()
                .token("287654321098765432")
                .device("till-1")
                .tradeNum("t")
                .tradeName("n")
                .amount(Money.ofFen(1))
                .build();

        assertThat(order.toString()).contains("order-1").doesNotContain("user-4711", "10.1.2.3");
        assertThat(payment.toString()).doesNotContain("287654321098765432");
        assertThat(new UserRelation("user-4711", true).toString()).doesNotContain("user-4711");
        assertThat(new CardDetail("*径", "138****6396", "0", "****0049", "622588****6178", "CMB", "1").toString())
                .doesNotContain("138****6396", "622588****6178", "****0049", "*径");
    }
}
