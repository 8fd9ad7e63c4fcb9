package io.github.jdpay.model.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every aggregate request is checked when it is built, and each failure names the field as JD names it. */
class AggregateRequestValidationTest {

    private static ScanUrlRequest scan(UnaryOperator<ScanUrlRequest.Builder> change) {
        return change.apply(ScanUrlRequest.builder().outTradeNo("S1").amount(Money.ofFen(20)))
                .build();
    }

    private static AggregatePayRequest pay(UnaryOperator<AggregatePayRequest.Builder> change) {
        return change.apply(AggregatePayRequest.builder()
                        .outTradeNo("P1")
                        .amount(Money.ofFen(20))
                        .authCode("134567890123456789"))
                .build();
    }

    private static AggregateUnifiedOrderRequest unified(UnaryOperator<AggregateUnifiedOrderRequest.Builder> change) {
        return change.apply(AggregateUnifiedOrderRequest.builder()
                        .outTradeNo("U1")
                        .amount(Money.ofFen(20))
                        .piType(PiType.WX))
                .build();
    }

    private static AggregateRefundRequest refund(UnaryOperator<AggregateRefundRequest.Builder> change) {
        return change.apply(AggregateRefundRequest.builder()
                        .outRefundNo("R1")
                        .outTradeNo("P1")
                        .amount(Money.ofFen(20)))
                .build();
    }

    static Stream<Arguments> violations() {
        String tooLong = "x".repeat(257);
        return Stream.of(
                Arguments.of("outTradeNo", (ThrowingCallable) () -> scan(b -> b.outTradeNo(null))),
                Arguments.of("outTradeNo", (ThrowingCallable) () -> scan(b -> b.outTradeNo("a".repeat(33)))),
                Arguments.of("outTradeNo", (ThrowingCallable) () -> scan(b -> b.outTradeNo("单号"))),
                Arguments.of("amount", (ThrowingCallable) () -> scan(b -> b.amount(null))),
                Arguments.of("amount", (ThrowingCallable) () -> scan(b -> b.amount(Money.ofFen(0)))),
                Arguments.of("amount", (ThrowingCallable) () -> scan(b -> b.amount(Money.ofFen(1_000_000_000_000L)))),
                Arguments.of("successNotifyUrl", (ThrowingCallable)
                        () -> scan(b -> b.successNotifyUrl("ftp://shop.example.com/n"))),
                Arguments.of("successNotifyUrl", (ThrowingCallable)
                        () -> scan(b -> b.successNotifyUrl("https://shop.example.com/" + "n".repeat(240)))),
                Arguments.of("expireTime", (ThrowingCallable) () -> scan(b -> b.expireTime(Duration.ZERO))),
                Arguments.of("expireTime", (ThrowingCallable) () -> scan(b -> b.expireTime(Duration.ofMillis(1500)))),
                Arguments.of("remark", (ThrowingCallable) () -> scan(b -> b.remark("line\nbreak"))),
                Arguments.of("remark", (ThrowingCallable) () -> scan(b -> b.remark(tooLong))),
                Arguments.of("tradeName", (ThrowingCallable) () -> scan(b -> b.tradeName("\u0000"))),
                Arguments.of("piType", (ThrowingCallable) () -> scan(b -> b.piTypes(PiType.UNKNOWN))),
                Arguments.of("successPageUrl", (ThrowingCallable) () -> scan(b -> b.successPageUrl("/relative"))),
                Arguments.of("authCode", (ThrowingCallable) () -> pay(b -> b.authCode(null))),
                Arguments.of("authCode", (ThrowingCallable) () -> pay(b -> b.authCode("\t1234"))),
                Arguments.of("productName", (ThrowingCallable) () -> pay(b -> b.productName(tooLong))),
                Arguments.of(
                        "notifyUrl", (ThrowingCallable) () -> pay(b -> b.notifyUrl("https://s.example.com/n?a=1"))),
                Arguments.of("deviceInfo", (ThrowingCallable) () -> pay(b -> b.deviceInfo("x".repeat(2049)))),
                Arguments.of("deadlineTime", (ThrowingCallable)
                        () -> pay(b -> b.tradeTime(Instant.EPOCH).deadlineTime(Instant.EPOCH))),
                Arguments.of("piType", (ThrowingCallable) () -> unified(b -> b.piType(null))),
                Arguments.of("piType", (ThrowingCallable) () -> unified(b -> b.piType(PiType.UNKNOWN))),
                Arguments.of("openId", (ThrowingCallable) () -> unified(b -> b.openId("\uD800"))),
                Arguments.of("outRefundNo", (ThrowingCallable) () -> refund(b -> b.outRefundNo(""))),
                Arguments.of("outTradeNo", (ThrowingCallable) () -> refund(b -> b.outTradeNo(null))),
                Arguments.of("amount", (ThrowingCallable) () -> refund(b -> b.amount(Money.ofFen(0)))),
                Arguments.of("tradeRemark", (ThrowingCallable) () -> refund(b -> b.tradeRemark("a\u007fb"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("violations")
    void eachViolationIsRefusedNamingItsField(String field, ThrowingCallable build) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(JdPayValidationException.class, ex -> assertThat(ex.getField())
                        .isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    @Test
    void minimalRequestsAreValid() {
        ScanUrlRequest scan = scan(b -> b.piTypes(PiType.WX, PiType.JDPAY, PiType.WX));

        assertThat(scan.piTypes()).containsExactly(PiType.JDPAY, PiType.WX);
        assertThat(scan(b -> b).piTypes()).isEmpty();
        assertThat(pay(b -> b).order().amount()).isEqualTo(Money.ofFen(20));
        assertThat(unified(b -> b).gatewayPayMethod()).isNull();
        assertThat(refund(b -> b.amount(Money.ofFen(999_999_999_999L))).amount().fen())
                .isEqualTo(999_999_999_999L);
    }

    @Test
    void personalDataAndPaymentCodesStayOutOfToString() {
        String pay = pay(b -> b.outTradeIp("10.1.2.3")).toString();
        String unified = unified(b -> b.openId("o-payer-1")).toString();
        String scan = scan(b -> b.userId("payer-7")).toString();

        assertThat(pay).contains("P1").doesNotContain("134567890123456789", "10.1.2.3");
        assertThat(unified).contains("U1").doesNotContain("o-payer-1");
        assertThat(scan).contains("S1").doesNotContain("payer-7");
    }
}
