package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A gateway answering the parser-breaking body of issue 14: typed outcomes, never the JDK's runtime exception. */
class HostileAnswerTest {

    private static final String DOCTYPE = "<!DOCTYPE a [\u0001]><a/>";

    private final ReplayServer jd = new ReplayServer();

    private final JdPayTemplate template = TestTemplates.template(this.jd)
            .merchant(TestTemplates.merchant().build())
            .build();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    @Test
    void aRefundAnsweredWithAControlCharacterInADoctypeHasAnUnknownOutcome() {
        this.jd.answer("refund", DOCTYPE);

        assertThatThrownBy(() -> this.template.refund(RefundRequest.builder()
                        .tradeNum("1494236491939_r")
                        .originalTradeNum("1494236491939")
                        .amount(Money.ofFen(1))
                        .build()))
                .isInstanceOf(JdPayOutcomeUnknownException.class)
                .hasCauseInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void aQueryAnsweredWithItIsMalformed() {
        this.jd.answer("query", DOCTYPE);

        assertThatThrownBy(() -> this.template.queryPayment("1494236491939"))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }
}
