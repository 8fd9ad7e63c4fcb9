package io.github.jdpay.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One Baitiao (白条) instalment plan JD offers for an amount ({@code queryBaiTiaoFQ}'s {@code billsInfo}). The amounts
 * are read as fen like every other JD Pay 2.0 amount; JD's documents for this call are not public, so that unit and
 * the meaning of {@code rate} (a fraction per period, as text) are assumptions.
 *
 * @param plan number of instalments (3, 6, 12, 24 …)
 * @param rate the fee rate as JD writes it, when sent
 * @param fee the fee per instalment, when sent
 * @param planFee the fee of the whole plan, when sent
 * @param firstPay the first payment, when sent
 * @param laterPay each later payment, when sent
 * @param total everything the payer pays, when sent
 */
public record BaiTiaoPlan(
        int plan,
        @Nullable BigDecimal rate,
        @Nullable Money fee,
        @Nullable Money planFee,
        @Nullable Money firstPay,
        @Nullable Money laterPay,
        @Nullable Money total) {

    public BaiTiaoPlan {
        if (plan <= 0) {
            throw new IllegalArgumentException("plan must be a positive number of instalments but is " + plan);
        }
    }
}
