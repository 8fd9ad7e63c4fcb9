package io.github.jdpay.test.notify;

import io.github.jdpay.protocol.XmlNode;

/** The {@code <payList>} of a paid trade: one bank-card payment with masked card data, shaped like JD's. */
public final class PayList {

    private PayList() {}

    /** A {@code <payList>} holding one debit-card payment of the whole amount. */
    public static XmlNode of(long amount, String currency, String tradeTime) {
        XmlNode detail = XmlNode.builder("detail")
                .add("cardHolderName", "*模拟")
                .add("cardHolderMobile", "138****0000")
                .add("cardHolderType", "0")
                .add("cardHolderId", "****0000")
                .add("cardNo", "622588****0000")
                .add("bankCode", "CMB")
                .add("cardType", "1")
                .build();
        XmlNode pay = XmlNode.builder("pay")
                .add("payType", "0")
                .add("amount", amount)
                .add("currency", currency)
                .add("tradeTime", tradeTime)
                .add(detail)
                .build();
        return XmlNode.builder("payList").add(pay).build();
    }
}
