package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.model.CardDetail;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PayType;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JD's own notifications N1 to N3 through {@link JdPayXmlNotificationSource}, and what it refuses. */
class JdPayXmlNotificationSourceTest {

    private final JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(List.of(
            JdNotifications.merchant("default", TestKeys.MERCHANT, TestKeys.DES_KEY),
            JdNotifications.merchant("shop2", JdNotifications.N1_MERCHANT, TestKeys.DES_KEY_110148035005)));

    private Reason refusal(byte[] body) {
        return assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> this.source.open(body))
                .actual()
                .getReason();
    }

    @Test
    void jdsPaymentNotificationN1IsATradeNotificationOfTheConfiguredMerchant() {
        VerifiedNotification verified = this.source.open(JdNotifications.envelope("N1"));

        TradeNotification n1 = (TradeNotification) verified.notification();
        assertThat(n1.merchantName()).isEqualTo("shop2");
        assertThat(n1.merchantNo()).isEqualTo("110148035005");
        assertThat(n1.tradeNum()).isEqualTo("160927496812634");
        assertThat(n1.tradeType()).isEqualTo(TradeType.PAYMENT);
        assertThat(n1.amount()).isEqualTo(Money.ofFen(1690));
        assertThat(n1.status()).isEqualTo(TradeStatus.SUCCESS);
        assertThat(n1.isPaid()).isTrue();
        assertThat(n1.note()).isNull();
        assertThat(n1.payList()).singleElement().satisfies(pay -> {
            assertThat(pay.payType()).isEqualTo(PayType.fromCode("0"));
            assertThat(pay.amount()).isEqualTo(Money.ofFen(1690));
            assertThat(pay.detail()).extracting(CardDetail::cardNo).isEqualTo("622588****6178");
        });
        assertThat(n1.document())
                .isEqualTo(TestKeys.resource("vectors/N1.inner.xml").trim());
        assertThat(verified.idempotencyKey()).isEqualTo("110148035005:0:2:160927496812634");
    }

    @Test
    void jdsPaymentNotificationN2CarriesItsNote() {
        TradeNotification n2 = (TradeNotification)
                this.source.open(JdNotifications.envelope("N2")).notification();

        assertThat(n2.merchantName()).isEqualTo("default");
        assertThat(n2.tradeNum()).isEqualTo("1493972675054");
        assertThat(n2.note()).isEqualTo("备注");
    }

    @Test
    void toStringKeepsPersonalDataOut() {
        TradeNotification n2 = (TradeNotification)
                this.source.open(JdNotifications.envelope("N2")).notification();

        assertThat(n2.toString())
                .contains("1493972675054", "0.01 CNY", "SUCCESS")
                .doesNotContain("备注", "亚荣", "182****9622", "621483****8867", "<jdpay>");
    }

    @Test
    void n3WhichJdSignedWithAnOlderKeyIsRefused() {
        assertThat(refusal(JdNotifications.envelope("N3"))).isEqualTo(Reason.SIGNATURE);
    }

    @Test
    void aNotificationForAMerchantNotConfiguredIsRefused() {
        JdPayXmlNotificationSource onlyDefault = new JdPayXmlNotificationSource(
                List.of(JdNotifications.merchant("default", TestKeys.MERCHANT, TestKeys.DES_KEY)));

        assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> onlyDefault.open(JdNotifications.envelope("N1")))
                .satisfies(ex -> assertThat(ex.getReason()).isEqualTo(Reason.UNKNOWN_MERCHANT))
                .withMessageContaining("110148035005");
    }

    @Test
    void anUnknownMerchantThatIsNotANumberStaysOutOfTheMessage() {
        byte[] forged = JdNotifications.envelope("1 INFO payment accepted", "000000", "AAAA");

        assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> this.source.open(forged))
                .withMessage("notification for merchant (not a number), not configured");
    }

    @Test
    void aNotificationRoutedToAnotherMerchantsKeysIsRefused() {
        String n2 = TestKeys.resource("vectors/N2.encrypt.txt").trim();

        assertThat(refusal(JdNotifications.envelope(JdNotifications.N1_MERCHANT, "000000", n2)))
                .isIn(Reason.MALFORMED, Reason.SIGNATURE);
    }

    @Test
    void aFailureResultOutsideIsRefusedEvenIfTheContentVerifies() {
        String n2 = TestKeys.resource("vectors/N2.encrypt.txt").trim();

        assertThat(refusal(JdNotifications.envelope(TestKeys.MERCHANT, "TRDE900001", n2)))
                .isEqualTo(Reason.FAILURE_RESULT);
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnythingElse() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<jdpay><merchant>&x;</merchant></jdpay>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(xxe)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void itDeliversTradeAndRefundNotifications() {
        assertThat(this.source.notificationTypes())
                .containsExactlyInAnyOrder(TradeNotification.class, RefundNotification.class);
        assertThat(this.source.acknowledgement()).isEqualTo("success");
    }
}
