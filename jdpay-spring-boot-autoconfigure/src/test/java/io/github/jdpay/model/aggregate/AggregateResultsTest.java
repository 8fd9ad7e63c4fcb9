package io.github.jdpay.model.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JD's verified plaintext read into the typed results, and JD's enumerations. */
class AggregateResultsTest {

    @ParameterizedTest
    @CsvSource({
        "FINISH, FINISH",
        "SUCCEED, FINISH",
        " PROCESSING , PROCESSING",
        "CLOSE, CLOSE",
        "REFUND, REFUND",
        "finish, UNKNOWN",
        "PAID, UNKNOWN"
    })
    void payStatusCodes(String code, PayStatus status) {
        assertThat(PayStatus.fromCode(code)).isEqualTo(status);
    }

    @Test
    void piTypeCodes() {
        assertThat(PiType.fromCode("ALIPAY")).isEqualTo(PiType.ALIPAY);
        assertThat(PiType.fromCode(null)).isEqualTo(PiType.UNKNOWN);
        assertThat(PiType.fromCode("DCEP")).isEqualTo(PiType.UNKNOWN);
    }

    @Test
    void missingOrMalformedRequiredFieldsAreMalformedMessages() {
        assertThatThrownBy(() -> AggregateTrade.from(Map.of("outTradeNo", "T1", "payStatus", "FINISH")))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> AggregateTrade.from(Map.of("outTradeNo", "T1", "amount", "1.00", "payStatus", "X")))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> AggregateTrade.from(
                        Map.of("outTradeNo", "T1", "amount", "1", "payStatus", "FINISH", "payFinishTime", "x")))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("payFinishTime");
        assertThatThrownBy(() -> ScanUrl.from(Map.of("scanUrl", "javascript:alert(1)"), "S1"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> AggregateUnifiedOrder.from(Map.of("outTradeNo", "U1")))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("payInfo");
    }
}
