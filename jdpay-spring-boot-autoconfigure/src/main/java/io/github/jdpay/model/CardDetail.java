package io.github.jdpay.model;

import org.jspecify.annotations.Nullable;

/**
 * The card behind part of a payment ({@code detail} in JD's {@code payList}). JD masks these values (such as
 * {@code 622588****6178}), yet they remain personal data: {@link #toString()} leaves them out.
 *
 * @param cardHolderName holder's name, masked by JD
 * @param cardHolderMobile holder's mobile number, masked by JD
 * @param cardHolderType kind of holder id, {@code 0} for an identity card
 * @param cardHolderId holder's id number, masked by JD
 * @param cardNo card number, masked by JD
 * @param bankCode issuing bank, such as {@code CMB}
 * @param cardType {@code 1} debit, {@code 2} credit
 */
public record CardDetail(
        @Nullable String cardHolderName,
        @Nullable String cardHolderMobile,
        @Nullable String cardHolderType,
        @Nullable String cardHolderId,
        @Nullable String cardNo,
        @Nullable String bankCode,
        @Nullable String cardType) {

    @Override
    public String toString() {
        return "CardDetail[bankCode=" + this.bankCode + ", cardType=" + this.cardType + ", cardNo=****]";
    }
}
