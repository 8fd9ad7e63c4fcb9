package io.github.jdpay.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.exception.JdPayApiException;
import org.junit.jupiter.api.Test;

/** JD's codes of jdpay-v2.md §11, and what happens to codes this version does not know. */
class JdPayEnumsTest {

    @Test
    void tradeStatusCodesAreJds() {
        assertThat(TradeStatus.fromCode("0")).isEqualTo(TradeStatus.CREATED);
        assertThat(TradeStatus.fromCode("1")).isEqualTo(TradeStatus.PROCESSING);
        assertThat(TradeStatus.fromCode("2")).isEqualTo(TradeStatus.SUCCESS);
        assertThat(TradeStatus.fromCode("3")).isEqualTo(TradeStatus.FAILED);
        assertThat(TradeStatus.fromCode("4")).isEqualTo(TradeStatus.CLOSED);
    }

    @Test
    void unknownCodesAreNeverFinal() {
        assertThat(TradeStatus.fromCode("9")).isEqualTo(TradeStatus.UNKNOWN);
        assertThat(TradeStatus.fromCode(null).isFinal()).isFalse();
        assertThat(RefundStatus.fromCode("7")).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(RefundStatus.UNKNOWN.isFinal()).isFalse();
        assertThat(TradeStatus.PROCESSING.isFinal()).isFalse();
        assertThat(TradeStatus.CLOSED.isFinal()).isTrue();
    }

    @Test
    void refundAndTradeTypeCodesAreJds() {
        assertThat(RefundStatus.fromCode("0")).isEqualTo(RefundStatus.PROCESSING);
        assertThat(RefundStatus.fromCode("1")).isEqualTo(RefundStatus.SUCCESS);
        assertThat(RefundStatus.fromCode("2")).isEqualTo(RefundStatus.FAILED);
        assertThat(TradeType.fromCode("0")).isEqualTo(TradeType.PAYMENT);
        assertThat(TradeType.fromCode("1")).isEqualTo(TradeType.REFUND);
        assertThat(TradeType.fromCode("2")).isEqualTo(TradeType.REVOKE);
        assertThat(PayType.fromCode("5")).isEqualTo(PayType.XIAOJINKU);
        assertThat(PayType.fromCode("4")).isEqualTo(PayType.UNKNOWN);
        assertThat(OrderType.VIRTUAL.code()).isEqualTo("1");
    }

    @Test
    void insufficientBalanceSpendsTheRefundNumber() {
        assertThat(new JdPayApiException("RFND100008", "可用余额不足", "refund", "r-1").isFinal())
                .isTrue();
        assertThat(new JdPayApiException("GATE900007", "参数错误", "refund", "r-1").isFinal())
                .isFalse();
    }
}
