package io.github.jdpay.client;

import static io.github.jdpay.client.JdPayTemplateSimulatorTest.refund;
import static io.github.jdpay.client.SimulatorTemplates.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.SimulatorResultCode;
import io.github.jdpay.test.TestMerchant;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each business refusal the simulator can produce reaches the caller as a JdPayApiException with JD's code. */
class JdPayTemplateBusinessErrorTest {

    private static final JdPaySimulator jd =
            JdPaySimulator.builder().testMerchant().start();

    private final JdPayTemplate template = SimulatorTemplates.testMerchantTemplate(jd);

    @AfterAll
    static void stop() {
        jd.close();
    }

    private static void assertRefused(
            ThrowingCallable call, SimulatorResultCode code, String operation, String tradeNum) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JdPayApiException.class, ex -> {
            assertThat(ex.getCode()).isEqualTo(code.code());
            assertThat(ex.getDescription()).startsWith(code.description());
            assertThat(ex.getOperation()).isEqualTo(operation);
            assertThat(ex.getTradeNum()).isEqualTo(tradeNum);
        });
    }

    private void paidOrder(String tradeNum, long fen) {
        this.template.uniOrder(order(tradeNum, fen), UniOrderTradeType.GEN);
        jd.pay(tradeNum);
    }

    @Test
    void unknownTradeIsNotFound() {
        assertRefused(
                () -> this.template.queryPayment("nope-1"), SimulatorResultCode.TRADE_NOT_FOUND, "query", "nope-1");
        assertRefused(
                () -> this.template.queryRefund("nope-1-r", "nope-1"),
                SimulatorResultCode.TRADE_NOT_FOUND,
                "query",
                "nope-1-r");
        assertRefused(
                () -> this.template.listRefunds("nope-1"), SimulatorResultCode.TRADE_NOT_FOUND, "queryRefund", null);
    }

    @Test
    void tradeNumberReusedForAnotherOrderIsADuplicate() {
        this.template.uniOrder(order("dup-1", 100), UniOrderTradeType.GEN);

        assertRefused(
                () -> this.template.uniOrder(order("dup-1", 200), UniOrderTradeType.GEN),
                SimulatorResultCode.DUPLICATE_TRADE_NUM,
                "uniorder",
                "dup-1");
    }

    @Test
    void paidOrderCannotBePlacedAgain() {
        paidOrder("paid-1", 100);

        assertRefused(
                () -> this.template.uniOrder(order("paid-1", 100), UniOrderTradeType.GEN),
                SimulatorResultCode.TRADE_ALREADY_PAID,
                "uniorder",
                "paid-1");
    }

    @Test
    void expiredOrderIsClosed() {
        this.template.uniOrder(order("expired-1", 100), UniOrderTradeType.GEN);
        jd.expire("expired-1");

        assertRefused(
                () -> this.template.uniOrder(order("expired-1", 100), UniOrderTradeType.GEN),
                SimulatorResultCode.TRADE_CLOSED,
                "uniorder",
                "expired-1");
    }

    @Test
    void unpaidOrderCannotBeRefunded() {
        this.template.uniOrder(order("unpaid-1", 100), UniOrderTradeType.GEN);

        assertRefused(
                () -> this.template.refund(refund("unpaid-1-r", "unpaid-1", 100)),
                SimulatorResultCode.TRADE_NOT_PAID,
                "refund",
                "unpaid-1-r");
    }

    @Test
    void refundsCannotExceedThePayment() {
        paidOrder("exceed-1", 100);

        assertRefused(
                () -> this.template.refund(refund("exceed-1-r", "exceed-1", 101)),
                SimulatorResultCode.REFUND_EXCEEDS_REFUNDABLE,
                "refund",
                "exceed-1-r");
    }

    @Test
    void refundNumberReusedForAnotherRefundIsADuplicate() {
        paidOrder("duprefund-1", 100);
        this.template.refund(refund("duprefund-1-r", "duprefund-1", 10));

        assertRefused(
                () -> this.template.refund(refund("duprefund-1-r", "duprefund-1", 20)),
                SimulatorResultCode.DUPLICATE_REFUND_NUM,
                "refund",
                "duprefund-1-r");
    }

    @Test
    void partlyRefundedOrderCannotBeRevoked() {
        paidOrder("norevoke-1", 100);
        this.template.refund(refund("norevoke-1-r", "norevoke-1", 10));

        assertRefused(
                () -> this.template.revoke(RevokeRequest.builder()
                        .tradeNum("norevoke-1-x")
                        .originalTradeNum("norevoke-1")
                        .amount(Money.ofFen(100))
                        .build()),
                SimulatorResultCode.REVOKE_NOT_ALLOWED,
                "revoke",
                "norevoke-1-x");
    }

    @Test
    void insufficientBalanceIsFinalForTheRefundNumber() {
        paidOrder("balance-1", 100);
        jd.insufficientBalance(true);
        try {
            assertRefused(
                    () -> this.template.refund(refund("balance-1-r1", "balance-1", 100)),
                    SimulatorResultCode.INSUFFICIENT_BALANCE,
                    "refund",
                    "balance-1-r1");
            assertThatThrownBy(() -> this.template.refund(refund("balance-1-r1", "balance-1", 100)))
                    .isInstanceOfSatisfying(JdPayApiException.class, ex -> assertThat(ex.isFinal())
                            .isTrue());
        } finally {
            jd.insufficientBalance(false);
        }
        // Even with money available again, the spent refund number keeps its answer; a new number succeeds.
        assertThatThrownBy(() -> this.template.refund(refund("balance-1-r1", "balance-1", 100)))
                .isInstanceOf(JdPayApiException.class);
        assertThat(this.template
                        .refund(refund("balance-1-r2", "balance-1", 100))
                        .status())
                .isEqualTo(RefundStatus.SUCCESS);
    }

    @Test
    void unregisteredMerchantIsRefused() {
        JdPayTemplate stranger = SimulatorTemplates.template(jd)
                .merchant(JdPayMerchant.builder("stranger", "99999999")
                        .cipher(TestMerchant.cipher())
                        .signer(new RsaJdPaySigner(TestMerchant.privateKey()))
                        .verifier(SimulatorTemplates.merchant(jd).build().verifier())
                        .notifyUrl(SimulatorTemplates.NOTIFY_URL)
                        .build())
                .build();

        assertRefused(() -> stranger.queryPayment("any-1"), SimulatorResultCode.UNKNOWN_MERCHANT, "query", "any-1");
    }

    @Test
    void requestSignedWithAnotherKeyIsRefused() throws GeneralSecurityException {
        JdPayTemplate forger = SimulatorTemplates.template(jd)
                .merchant(SimulatorTemplates.merchant(jd)
                        .signer(new RsaJdPaySigner(otherKey()))
                        .build())
                .build();

        assertRefused(() -> forger.queryPayment("any-2"), SimulatorResultCode.SIGNATURE_INVALID, "query", "any-2");
    }

    @Test
    void requestEncryptedWithAnotherDesKeyIsRefused() {
        JdPayTemplate wrongKey = SimulatorTemplates.template(jd)
                .merchant(SimulatorTemplates.merchant(jd)
                        .cipher(new JdTripleDesCipher(KeyLoader.desKey("other", "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca")))
                        .build())
                .build();

        assertRefused(() -> wrongKey.queryPayment("any-3"), SimulatorResultCode.DECRYPTION_FAILED, "query", "any-3");
    }

    private static PrivateKey otherKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair().getPrivate();
    }

    @Test
    void anyInjectedResultCodeIsReported() {
        jd.faults().next("getUserRelation").resultCode(SimulatorResultCode.INVALID_PARAMETER);

        assertRefused(
                () -> this.template.getUserRelation("user-1"),
                SimulatorResultCode.INVALID_PARAMETER,
                "getUserRelation",
                null);
    }
}
