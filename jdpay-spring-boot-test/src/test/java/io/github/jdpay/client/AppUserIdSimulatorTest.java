package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The merchant's user id in the APP flow: passed to JD, bound by JD to the payer after the first payment (the
 * simulator answers {@code getUserRelation} from its bindings), and missed out loud once when an order has none.
 */
@ExtendWith(OutputCaptureExtension.class)
class AppUserIdSimulatorTest {

    private final JdPaySimulator jd = JdPaySimulator.builder().testMerchant().start();

    private final JdPayTemplate jdPay = SimulatorTemplates.testMerchantTemplate(this.jd);

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private static UniOrderRequest order(String tradeNum) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("龙井茶")
                .amount(Money.ofFen(100))
                .build();
    }

    @Test
    void theUserIsSentAndBoundToThePayerAfterTheFirstPayment() {
        // tag::app-user-id[]
        AppPayParams params = this.jdPay.createAppPayment("u-7f3a9c", order("app-u-1"));
        // end::app-user-id[]
        boolean boundBeforePaying = this.jdPay.getUserRelation("u-7f3a9c").bound();
        this.jd.pay("app-u-1");

        assertThat(params.orderId()).isEqualTo(this.jd.order("app-u-1").orderId());
        assertThat(this.jd.order("app-u-1").userId()).isEqualTo("u-7f3a9c");
        assertThat(boundBeforePaying).isFalse();
        assertThat(this.jdPay.getUserRelation("u-7f3a9c").bound()).isTrue();
        assertThat(this.jdPay.getUserRelation("u-someone-else").bound()).isFalse();

        this.jdPay.cancelUserRelation("u-7f3a9c");
        assertThat(this.jdPay.getUserRelation("u-7f3a9c").bound()).isFalse();
    }

    @Test
    void ordersWithoutAUserAreSaidOnceAtWarnWithWhatThePayerLoses(CapturedOutput output) {
        this.jdPay.createAppPayment(order("app-u-2"));
        this.jdPay.createAppPayment(order("app-u-3"));
        this.jdPay.forMerchant("default").createAppPayment(order("app-u-4"));

        assertThat(this.jd.order("app-u-2").userId()).isNull();
        assertThat(output.getAll().lines().filter(line -> line.contains("has no userId") && line.contains("WARN")))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("app-u-2", "log in again", "createAppPayment(userId, request)"));
    }

    @Test
    void aRequestNamingAnotherUserIsRefusedBeforeJdIsCalled() {
        UniOrderRequest forAnother = order("app-u-5").withUserId("u-other");

        assertThatExceptionOfType(JdPayValidationException.class)
                .isThrownBy(() -> this.jdPay.createAppPayment("u-7f3a9c", forAnother))
                .withMessageContaining("userId");
        assertThat(this.jd.findOrder(TestMerchant.MERCHANT_NO, "app-u-5")).isEmpty();
    }
}
