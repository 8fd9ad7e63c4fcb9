package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.refund;
import static io.github.jdpay.test.MerchantClient.request;
import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Order life and JD's business errors, answered as result codes. */
class OrderStateTest extends SimulatorTestBase {

    private static final String NOTIFY = "http://127.0.0.1:9/notify";

    private MerchantClient.Answer query(String tradeNum) {
        return this.merchant.call("query", request().add("tradeNum", tradeNum).add("tradeType", "0"));
    }

    @Test
    void queryOfAnUnknownOrderAnswersTradeNotFound() {
        assertThat(query("NOPE").code()).isEqualTo(SimulatorResultCode.TRADE_NOT_FOUND.code());
    }

    @Test
    void repeatingAnIdenticalUniorderReturnsTheSameOrder() {
        String first =
                this.merchant.call("uniorder", uniorder("D1", 10, NOTIFY)).text("orderId");
        String again = this.merchant
                .call("uniorder", uniorder("D1", 10, NOTIFY).add("ip", "10.0.0.9"))
                .text("orderId");

        assertThat(again).isEqualTo(first);
        assertThat(this.simulator.orders()).hasSize(1);
    }

    @Test
    void reusingATradeNumForDifferentContentIsADuplicate() {
        this.merchant.call("uniorder", uniorder("D2", 10, NOTIFY));

        assertThat(this.merchant.call("uniorder", uniorder("D2", 11, NOTIFY)).code())
                .isEqualTo(SimulatorResultCode.DUPLICATE_TRADE_NUM.code());
        assertThat(this.simulator.order("D2").amount()).isEqualTo(10);
    }

    @Test
    void uniorderOfAPaidTradeNumIsRefused() {
        this.merchant.call("uniorder", uniorder("D3", 10, NOTIFY));
        this.simulator.pay("D3");

        assertThat(this.merchant.call("uniorder", uniorder("D3", 10, NOTIFY)).code())
                .isEqualTo(SimulatorResultCode.TRADE_ALREADY_PAID.code());
    }

    @Test
    void anOrderExpiresAfterItsExpireTimeOnTheSimulatorClock() {
        this.merchant.call("uniorder", uniorder("E1", 10, NOTIFY).add("expireTime", "60"));

        this.time.advance(Duration.ofSeconds(59));
        String stillOpen = query("E1").text("status");
        this.time.advance(Duration.ofSeconds(1));

        assertThat(stillOpen).isEqualTo("0");
        assertThat(query("E1").text("status")).isEqualTo("4");
        assertThat(this.simulator.order("E1").state()).isEqualTo(OrderState.EXPIRED);
        assertThatThrownBy(() -> this.simulator.pay("E1"))
                .isInstanceOf(JdPayApiException.class)
                .extracting(ex -> ((JdPayApiException) ex).getCode())
                .isEqualTo(SimulatorResultCode.TRADE_CLOSED.code());
    }

    @Test
    void theDefaultExpiryIsSixHundredSecondsAndExpireForcesIt() {
        this.merchant.call("uniorder", uniorder("E2", 10, NOTIFY));
        this.merchant.call("uniorder", uniorder("E3", 10, NOTIFY));

        this.simulator.expire("E3");

        assertThat(this.simulator.order("E2").expiresAt())
                .isEqualTo(this.time.instant().plusSeconds(600));
        assertThat(query("E3").text("status")).isEqualTo("4");
    }

    @Test
    void refundsAreLimitedToWhatWasPaid() {
        this.merchant.call("uniorder", uniorder("P1", 100, NOTIFY));

        String unpaid =
                this.merchant.call("refund", refund("P1-a", "P1", 10, null)).code();
        this.simulator.pay("P1");
        String first =
                this.merchant.call("refund", refund("P1-b", "P1", 60, null)).code();
        String tooMuch =
                this.merchant.call("refund", refund("P1-c", "P1", 41, null)).code();
        String rest =
                this.merchant.call("refund", refund("P1-d", "P1", 40, null)).code();

        assertThat(unpaid).isEqualTo(SimulatorResultCode.TRADE_NOT_PAID.code());
        assertThat(first).isEqualTo("000000");
        assertThat(tooMuch).isEqualTo(SimulatorResultCode.REFUND_EXCEEDS_REFUNDABLE.code());
        assertThat(rest).isEqualTo("000000");
        assertThat(this.simulator.order("P1").state()).isEqualTo(OrderState.REFUNDED);
        assertThat(this.simulator.order("P1").refundedAmount()).isEqualTo(100);
    }

    @Test
    void aRepeatedRefundNumberGetsTheFirstAnswerOrADuplicateError() {
        this.merchant.call("uniorder", uniorder("P2", 100, NOTIFY));
        this.simulator.pay("P2");

        this.merchant.call("refund", refund("P2-r", "P2", 30, null));
        MerchantClient.Answer repeated = this.merchant.call("refund", refund("P2-r", "P2", 30, null));
        String different =
                this.merchant.call("refund", refund("P2-r", "P2", 31, null)).code();

        assertThat(repeated.text("status")).isEqualTo("1");
        assertThat(this.simulator.order("P2").refundedAmount()).isEqualTo(30);
        assertThat(different).isEqualTo(SimulatorResultCode.DUPLICATE_REFUND_NUM.code());
    }

    @Test
    void insufficientBalanceFailsARefundWithJdsFinalCode() {
        this.merchant.call("uniorder", uniorder("P3", 100, NOTIFY));
        this.simulator.pay("P3");
        this.simulator.insufficientBalance(true);

        MerchantClient.Answer failed = this.merchant.call("refund", refund("P3-r", "P3", 10, null));
        this.simulator.insufficientBalance(false);
        MerchantClient.Answer repeated = this.merchant.call("refund", refund("P3-r", "P3", 10, null));
        MerchantClient.Answer fresh = this.merchant.call("refund", refund("P3-r2", "P3", 10, null));
        MerchantClient.Answer queried = this.merchant.call(
                "query",
                request().add("tradeNum", "P3-r").add("oTradeNum", "P3").add("tradeType", "1"));

        assertThat(failed.code()).isEqualTo("RFND100008");
        assertThat(failed.desc()).isEqualTo("可用余额不足");
        assertThat(repeated.code()).isEqualTo("RFND100008");
        assertThat(fresh.code()).isEqualTo("000000");
        assertThat(queried.text("status")).isEqualTo("2");
        assertThat(this.simulator.order("P3").refundedAmount()).isEqualTo(10);
    }

    @Test
    void revokeClosesAnUnpaidOrderForGood() {
        this.merchant.call("uniorder", uniorder("V2", 70, NOTIFY));

        MerchantClient.Answer revoked = this.merchant.call("revoke", refund("V2-v", "V2", 70, null));

        assertThat(revoked.text("status")).isEqualTo("1");
        assertThat(query("V2").text("status")).isEqualTo("4");
        assertThatThrownBy(() -> this.simulator.pay("V2")).isInstanceOf(JdPayApiException.class);
    }

    @Test
    void aPartiallyRefundedOrderCannotBeRevoked() {
        this.merchant.call("uniorder", uniorder("V3", 70, NOTIFY));
        this.simulator.pay("V3");
        this.merchant.call("refund", refund("V3-r", "V3", 10, null));

        assertThat(this.merchant.call("revoke", refund("V3-v", "V3", 70, null)).code())
                .isEqualTo(SimulatorResultCode.REVOKE_NOT_ALLOWED.code());
    }

    @Test
    void aMissingOrInvalidFieldIsAnsweredWithTheParameterError() {
        MerchantClient.Answer missingAmount = this.merchant.call(
                "uniorder",
                request().add("tradeNum", "M1").add("tradeName", "x").add("notifyUrl", NOTIFY));
        MerchantClient.Answer badAmount = this.merchant.call(
                "uniorder",
                request()
                        .add("tradeNum", "M2")
                        .add("tradeName", "x")
                        .add("amount", "1.5")
                        .add("notifyUrl", NOTIFY));
        MerchantClient.Answer longTradeNum = this.merchant.call("uniorder", uniorder("T".repeat(33), 10, NOTIFY));

        assertThat(missingAmount.code()).isEqualTo(SimulatorResultCode.INVALID_PARAMETER.code());
        assertThat(missingAmount.desc()).contains("amount");
        assertThat(badAmount.code()).isEqualTo(SimulatorResultCode.INVALID_PARAMETER.code());
        assertThat(longTradeNum.code()).isEqualTo(SimulatorResultCode.INVALID_PARAMETER.code());
    }

    @Test
    void sixteenConcurrentRefundsNeverExceedThePaidAmount() throws Exception {
        this.merchant.call("uniorder", uniorder("C1", 1000, NOTIFY));
        this.simulator.pay("C1");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> refunds = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String refundNum = "C1-" + i;
            refunds.add(() -> this.merchant
                    .call("refund", refund(refundNum, "C1", 150, null))
                    .code());
        }

        List<String> codes = new ArrayList<>();
        try {
            for (Future<String> code : pool.invokeAll(refunds)) {
                codes.add(code.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(codes).filteredOn("000000"::equals).hasSize(6);
        assertThat(codes)
                .filteredOn(SimulatorResultCode.REFUND_EXCEEDS_REFUNDABLE.code()::equals)
                .hasSize(10);
        assertThat(this.simulator.order("C1").refundedAmount()).isEqualTo(900);
    }
}
