package io.github.jdpay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"0.01, 1", "1, 100", "12.3, 1230", "12.30, 1230", "0, 0", "99999.99, 9999999", "1.000, 100"})
    void yuanBecomeWholeFen(String yuan, long fen) {
        assertThat(Money.ofYuan(yuan)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "12.345", "0.019"})
    void fractionsOfAFenAreRefusedNotRounded(String yuan) {
        assertThatThrownBy(() -> Money.ofYuan(yuan))
                .isInstanceOfSatisfying(JdPayValidationException.class, ex -> assertThat(ex.getField())
                        .isEqualTo("amount"))
                .hasMessageContaining("fraction of a fen");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Money.ofFen(-1)).isInstanceOf(JdPayValidationException.class);
        assertThatThrownBy(() -> Money.ofYuan("-0.01")).isInstanceOf(JdPayValidationException.class);
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> Money.ofYuan("1,00")).isInstanceOf(JdPayValidationException.class);
    }

    @Test
    void yuanBeyondLongRangeIsRefused() {
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1e20"))).isInstanceOf(JdPayValidationException.class);
    }

    @Test
    void rendersYuanWithTwoDecimals() {
        assertThat(Money.ofFen(1).toYuan()).isEqualTo("0.01");
        assertThat(Money.ofFen(1230).toYuan()).isEqualTo("12.30");
        assertThat(Money.ofFen(0).toYuan()).isEqualTo("0.00");
        assertThat(Money.ofFen(1230)).hasToString("12.30 CNY");
    }

    @Test
    void ordersByAmount() {
        assertThat(Money.ofFen(1)).isLessThan(Money.ofFen(2));
        assertThat(Money.ofFen(1).isPositive()).isTrue();
        assertThat(Money.ofFen(0).isPositive()).isFalse();
    }
}
