package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's pay button, refunds and revocations work on every channel however the order was placed: through the
 * JSON API alone, without a browser that posts the cashier form or scans the code.
 */
class DemoPaymentsTest extends ShopTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"APP", "PC", "H5", "QR", "AGGREGATE_QR"})
    void anOrderPlacedThroughTheApiIsPaidByTheDemoAndRefunded(String channel) {
        String tradeNum = this.api.createOrder("龙井茶", 1280, channel).text("tradeNum");

        assertThat(this.api.demoPay(tradeNum).status()).isEqualTo(204);
        this.api.awaitStatus(tradeNum, "PAID");
        ShopApi.Answer refunded = this.api.refund(tradeNum, Map.of("amountYuan", "2.80"));

        assertThat(refunded.status()).as("%s", refunded.body()).isEqualTo(200);
        assertThat(refunded.get("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(this.api.awaitNotifications(tradeNum, 2).number("refundedFen"))
                .isEqualTo(280);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APP", "PC", "H5", "QR"})
    void aPaidOrderPlacedThroughTheApiIsRevokedInFull(String channel) {
        String tradeNum = this.api.createOrder("普洱", 4500, channel).text("tradeNum");
        this.api.demoPay(tradeNum);
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer revoked = this.api.revoke(tradeNum);

        assertThat(revoked.status()).as("%s", revoked.body()).isEqualTo(200);
        assertThat(revoked.get("status")).isEqualTo("CLOSED");
        assertThat(revoked.number("refundedFen")).isEqualTo(4500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC", "H5"})
    void aCashierOrderWhoseFormWasNeverPostedIsRevokedWithoutAFailedRecord(String channel) {
        String tradeNum = this.api.createOrder("白茶", 800, channel).text("tradeNum");

        ShopApi.Answer revoked = this.api.revoke(tradeNum);

        assertThat(revoked.status()).as("%s", revoked.body()).isEqualTo(200);
        assertThat(revoked.get("status")).isEqualTo("CLOSED");
        assertThat(revoked.get("refunds"))
                .isEqualTo(List.of(Map.of(
                        "refundTradeNum",
                        tradeNum + "X1",
                        "kind",
                        "REVOKE",
                        "amountFen",
                        800,
                        "status",
                        "SUCCEEDED",
                        "createdAt",
                        ((Map<?, ?>) ((List<?>) revoked.get("refunds")).get(0)).get("createdAt"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"APP", "PC", "QR"})
    void aClosedOrderCannotBePaidAndTheShopSaysSoInWords(String channel) {
        String tradeNum = this.api.createOrder("乌龙", 500, channel).text("tradeNum");
        this.api.revoke(tradeNum);

        ShopApi.Answer pay = this.api.demoPay(tradeNum);

        assertThat(pay.status()).isEqualTo(409);
        assertThat(pay.text("detail")).isEqualTo("Order " + tradeNum + " is closed: only an unpaid order can be paid.");
    }
}
