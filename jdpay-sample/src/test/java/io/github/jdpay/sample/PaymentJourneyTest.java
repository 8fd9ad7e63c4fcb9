package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Every channel from order to payment to JD's notification, then refunds and revocations, through the simulator. */
class PaymentJourneyTest extends ShopTestSupport {

    private final Payer payer = new Payer();

    @Test
    void pcCashierPaymentReturnsToAVerifiedCallbackPageAndTheNotificationMarksThePaid() {
        ShopApi.Answer order = this.api.createOrder("龙井茶", 1280, "PC");
        String tradeNum = order.text("tradeNum");
        assertThat(order.object("cashierForm").get("action")).asString().endsWith("/wepay/jdpay/saveOrder");

        HttpResponse<String> callbackPage = this.payer.payAtCashier(order.object("cashierForm"));

        assertThat(callbackPage.statusCode()).isEqualTo(200);
        assertThat(callbackPage.uri().getPath()).isEqualTo("/orders/callback");
        assertThat(callbackPage.body()).contains("id=\"callback\"").contains(tradeNum);
        this.api.awaitStatus(tradeNum, "PAID");
    }

    @Test
    void h5CashierPaymentIsPaidAndRefundedInFull() {
        ShopApi.Answer order = this.api.createOrder("碧螺春", 990, "H5");
        String tradeNum = order.text("tradeNum");
        assertThat(order.object("cashierForm").get("action")).asString().endsWith("/h5pay/jdpay/saveOrder");
        this.payer.payAtCashier(order.object("cashierForm"));
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer refunded = this.api.refund(tradeNum, null);

        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.get("status")).isEqualTo("REFUNDED");
        assertThat(refunded.number("refundedFen")).isEqualTo(990);
        assertThat(this.api.awaitNotifications(tradeNum, 2).get("status")).isEqualTo("REFUNDED");
    }

    @Test
    void appPaymentGivesTheSdkParametersAndIsRefundedInParts() {
        ShopApi.Answer order = this.api.createOrder("铁观音", 3000, "APP");
        String tradeNum = order.text("tradeNum");
        Map<String, Object> params = order.object("appPayParams");
        assertThat(params).containsEntry("merchant", "22294531").containsEntry("appId", "jdpay-sample-app");
        assertThat(params.get("signData")).asString().hasSize(32);

        assertThat(this.api.demoPay(tradeNum).status()).isEqualTo(204);
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer first = this.api.refund(tradeNum, Map.of("amountFen", 1000));
        assertThat(first.get("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(first.number("refundedFen")).isEqualTo(1000);
        ShopApi.Answer second = this.api.refund(tradeNum, Map.of("amountYuan", "20.00"));
        assertThat(second.get("status")).isEqualTo("REFUNDED");

        ShopApi.Answer done = this.api.awaitNotifications(tradeNum, 3);
        assertThat(done.number("refundedFen")).isEqualTo(3000);
        assertThat(done.get("refunds"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSize(2);
        assertThat(this.api.refund(tradeNum, Map.of("amountFen", 1)).status()).isEqualTo(409);
    }

    @Test
    void qrCodeIsDrawnScannedPaidAndRevoked() throws Exception {
        ShopApi.Answer order = this.api.createOrder("普洱", 4500, "QR");
        String tradeNum = order.text("tradeNum");
        String qrCode = order.text("qrCode");

        assertThat(decodeQr(order.text("qrImage"))).isEqualTo(qrCode);
        this.payer.payScanned(qrCode);
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer revoked = this.api.revoke(tradeNum);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.get("status")).isEqualTo("CLOSED");
        assertThat(revoked.number("refundedFen")).isEqualTo(4500);
    }

    @Test
    void aggregateQrCodeIsPaidAndRefundedThroughAggregatePay() throws Exception {
        ShopApi.Answer order = this.api.createOrder("茉莉花茶", 2600, "AGGREGATE_QR");
        String tradeNum = order.text("tradeNum");
        String scanUrl = order.text("scanUrl");
        assertThat(scanUrl).contains("/payx/scan?c=");

        assertThat(decodeQr(order.text("qrImage"))).isEqualTo(scanUrl);
        this.payer.payScanned(scanUrl);
        this.api.awaitStatus(tradeNum, "PAID");

        ShopApi.Answer refunded = this.api.refund(tradeNum, Map.of("amountYuan", "6.00"));

        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.get("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(this.api.awaitNotifications(tradeNum, 2).number("refundedFen"))
                .isEqualTo(600);
        assertThat(this.api.revoke(tradeNum).status()).isEqualTo(409);
    }

    @Test
    void anUnpaidOrderIsRevokedAndCanNoLongerBePaid() {
        ShopApi.Answer order = this.api.createOrder("白茶", 800, "APP");
        String tradeNum = order.text("tradeNum");

        ShopApi.Answer revoked = this.api.revoke(tradeNum);

        assertThat(revoked.get("status")).isEqualTo("CLOSED");
        assertThat(revoked.number("refundedFen")).isZero();
        assertThat(this.api.demoPay(tradeNum).status()).isEqualTo(409);
        assertThat(this.api.revoke(tradeNum).status()).isEqualTo(409);
    }

    @Test
    void aForgedCallbackIsRefused() {
        Payer forger = new Payer();
        HttpResponse<String> page =
                forger.post(BASE_URL + "/orders/callback", Map.of("tradeNum", "00", "amount", "00", "sign", "AAAA"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("not sent by JD Pay");
    }

    private static String decodeQr(String path) throws IOException, InterruptedException, NotFoundException {
        HttpResponse<byte[]> png = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body())))));
        return new MultiFormatReader().decode(bitmap).getText();
    }
}
