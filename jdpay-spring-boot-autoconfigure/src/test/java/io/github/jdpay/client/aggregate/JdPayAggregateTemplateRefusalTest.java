package io.github.jdpay.client.aggregate;

import static io.github.jdpay.client.aggregate.AggregateReplayFixture.MERCHANT;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.fields;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way an aggregate answer can be refused or untrustworthy: JD's refusals in both vocabularies and the outer
 * {@code success:false} are {@link JdPayApiException}; an answer that does not decrypt, verify, name this merchant or
 * echo this trade is a typed error for a query, and an unknown outcome for a payment.
 */
class JdPayAggregateTemplateRefusalTest {

    private final ReplayServer server = new ReplayServer();

    private final JdPayAggregateTemplate template = AggregateReplayFixture.template(this.server, MERCHANT);

    @AfterEach
    void close() {
        this.server.close();
    }

    private static Map<String, Object> trade(String merchantNo, String outTradeNo) {
        return fields(
                """
                {"resultCode":"SUCCESS","merchantNo":"%s","outTradeNo":"%s","amount":100,"payStatus":"FINISH"}"""
                        .formatted(merchantNo, outTradeNo));
    }

    private static String sealed(Map<String, Object> plain) {
        return reply(plain, CipherTextEncoding.HEX);
    }

    private static AggregateEnvelope envelope(String json) {
        return AggregateEnvelope.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String with(String json, Function<AggregateEnvelope, AggregateEnvelope> change) {
        return change.apply(envelope(json)).toJson();
    }

    /** Answers that must not be trusted, and what a query sees. */
    enum Untrustworthy {
        WRONG_MD5_KEY(JdPaySignatureException.class, no -> AggregateReplayFixture.codec("another md5 key")
                .sealReply(MERCHANT, trade(MERCHANT, no), CipherTextEncoding.HEX)
                .toJson()),
        TAMPERED_CIPHER_JSON(
                JdPayException.class,
                no -> with(
                        sealed(trade(MERCHANT, no)),
                        e -> new AggregateEnvelope(
                                true, e.merchantNo(), null, flip(e.cipherJson()), e.sign(), null, null))),
        MISSING_SIGN(
                JdPaySignatureException.class,
                no -> with(
                        sealed(trade(MERCHANT, no)),
                        e -> new AggregateEnvelope(true, e.merchantNo(), null, e.cipherJson(), null, null, null))),
        OTHER_MERCHANT_IN_ENVELOPE(
                JdPayMalformedMessageException.class,
                no -> with(
                        sealed(trade(MERCHANT, no)),
                        e -> new AggregateEnvelope(true, "999999", null, e.cipherJson(), e.sign(), null, null))),
        NO_MERCHANT_IN_ENVELOPE(
                JdPayMalformedMessageException.class,
                no -> with(
                        sealed(trade(MERCHANT, no)),
                        e -> new AggregateEnvelope(true, null, null, e.cipherJson(), e.sign(), null, null))),
        OTHER_MERCHANT_IN_PLAINTEXT(JdPayMalformedMessageException.class, no -> sealed(trade("999999", no))),
        BAD_ENCODING(
                JdPayMalformedMessageException.class,
                no -> with(
                        sealed(trade(MERCHANT, no)),
                        e -> new AggregateEnvelope(
                                true, e.merchantNo(), null, "%%%not-cipher%%%", e.sign(), null, null))),
        NOT_JSON(JdPayMalformedMessageException.class, no -> "<jdpay/>"),
        NO_RESULT(
                JdPayMalformedMessageException.class,
                no -> sealed(fields(
                        """
                        {"merchantNo":"110047782","outTradeNo":"%s","amount":100,"payStatus":"FINISH"}"""
                                .formatted(no)))),
        OTHER_TRADE(JdPayMalformedMessageException.class, no -> sealed(trade(MERCHANT, "SOMEONE-ELSE")));

        final Class<? extends JdPayException> queryFailure;

        final Function<String, String> answer;

        Untrustworthy(Class<? extends JdPayException> queryFailure, Function<String, String> answer) {
            this.queryFailure = queryFailure;
            this.answer = answer;
        }

        private static String flip(String hex) {
            return ((hex.charAt(0) == '0') ? '1' : '0') + hex.substring(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Untrustworthy.class)
    void anUntrustworthyAnswerToAQueryIsATypedError(Untrustworthy answer) {
        this.server.answerPath("/apipayx/m/querytrade", answer.answer.apply("Q1"));

        assertThatThrownBy(() -> this.template.queryTrade("Q1")).isInstanceOf(answer.queryFailure);
    }

    @ParameterizedTest
    @EnumSource(Untrustworthy.class)
    void anUntrustworthyAnswerToAPaymentLeavesItsOutcomeUnknown(Untrustworthy answer) {
        this.server.answerPath("/apipayx/m/pay", answer.answer.apply("P1"));

        assertThatThrownBy(() -> this.template.pay(AggregatePayRequest.builder()
                        .outTradeNo("P1")
                        .amount(Money.ofFen(100))
                        .authCode("134567890123456789")
                        .build()))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getTradeNum()).isEqualTo("P1");
                    assertThat(ex.getOperation()).isEqualTo("m/pay");
                    assertThat(ex.getCause()).isInstanceOf(answer.queryFailure);
                });
    }

    @Test
    void refusalsInEitherVocabularyAndTheOuterFlagAreApiExceptions() {
        this.server
                .answerPath(
                        "/apipayx/m/querytrade",
                        sealed(
                                fields(
                                        """
                                {"resultCode":"FAIL","errCode":"TRADE_NOT_EXIST","errCodeDes":"交易不存在",
                                 "merchantNo":"110047782"}""")))
                .answerPath(
                        "/apipayx/m/queryrefund",
                        sealed(
                                fields(
                                        """
                                {"isSuccess":false,"code":"E0404","message":"退款不存在","merchantNo":"110047782"}""")))
                .answerPath(
                        "/apipayx/m/pay",
                        new AggregateEnvelope(false, MERCHANT, null, null, null, "SIGN_ERROR", "验签失败").toJson());

        assertThatThrownBy(() -> this.template.queryTrade("Q2")).isInstanceOfSatisfying(JdPayApiException.class, ex -> {
            assertThat(ex.getCode()).isEqualTo("TRADE_NOT_EXIST");
            assertThat(ex.getDescription()).isEqualTo("交易不存在");
            assertThat(ex.getOperation()).isEqualTo("m/querytrade");
            assertThat(ex.getTradeNum()).isEqualTo("Q2");
        });
        assertThatThrownBy(() -> this.template.queryRefund("R2"))
                .isInstanceOfSatisfying(JdPayApiException.class, ex -> {
                    assertThat(ex.getCode()).isEqualTo("E0404");
                    assertThat(ex.getDescription()).isEqualTo("退款不存在");
                    assertThat(ex.getTradeNum()).isEqualTo("R2");
                });
        // A refusal is an answer: the payment did not happen, so it is not an unknown outcome.
        assertThatThrownBy(() -> this.template.pay(AggregatePayRequest.builder()
                        .outTradeNo("P2")
                        .amount(Money.ofFen(1))
                        .authCode("134567890123456789")
                        .build()))
                .isExactlyInstanceOf(JdPayApiException.class)
                .hasMessageContaining("SIGN_ERROR")
                .hasMessageContaining("P2");
    }

    @Test
    void aRefusalWithoutCodesStillNamesWhatJdSaid() {
        this.server.answerPath(
                "/apipayx/m/querytrade",
                sealed(
                        fields(
                                """
                        {"resultCode":"FAIL","errCodeDesc":"参数错误","merchantNo":"110047782"}""")));

        assertThatThrownBy(() -> this.template.queryTrade("Q3")).isInstanceOfSatisfying(JdPayApiException.class, ex -> {
            assertThat(ex.getCode()).isEqualTo("FAIL");
            assertThat(ex.getDescription()).isEqualTo("参数错误");
        });
    }
}
