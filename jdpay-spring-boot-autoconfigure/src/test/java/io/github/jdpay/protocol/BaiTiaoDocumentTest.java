package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.model.BaiTiaoPlan;
import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code queryBaiTiaoFQ}'s verified answer: the plans typed, absent fields absent, bad values refused. */
class BaiTiaoDocumentTest {

    private static XmlNode answer(XmlNode... bills) {
        return XmlNode.builder("jdpay")
                .add("tradeNum", "fq-1")
                .add(XmlNode.element("billsInfoList", List.of(bills)))
                .build();
    }

    private static XmlNode bill(String plan, String rate, String fee) {
        return XmlNode.builder("billsInfo")
                .add("plan", plan)
                .add("rate", rate)
                .add("fee", fee)
                .add("firstPay", "3400")
                .build();
    }

    @Test
    void plansAreReadInJdsOrderWithAbsentFieldsLeftNull() {
        assertThat(BaiTiaoDocument.plans(answer(bill("6", "0.0075", "75"), bill("3", "0", "0")))
                        .plans())
                .containsExactly(
                        new BaiTiaoPlan(
                                6, new BigDecimal("0.0075"), Money.ofFen(75), null, Money.ofFen(3400), null, null),
                        new BaiTiaoPlan(3, new BigDecimal("0"), Money.ofFen(0), null, Money.ofFen(3400), null, null));
    }

    @Test
    void anAnswerWithoutPlansHasNone() {
        XmlNode root = XmlNode.builder("jdpay").add("tradeNum", "fq-2").build();

        assertThat(BaiTiaoDocument.plans(root).plans()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"x,0.1,1,plan", "0,0.1,1,plan", "3,a%,1,rate", "3,0.1,1.5,fee", "3,0.1,-1,fee"})
    void aValueThatIsNotWhatItsFieldHoldsIsRefused(String plan, String rate, String fee, String named) {
        assertThatExceptionOfType(JdPayMalformedMessageException.class)
                .isThrownBy(() -> BaiTiaoDocument.plans(answer(bill(plan, rate, fee))))
                .withMessageContaining(named);
    }
}
