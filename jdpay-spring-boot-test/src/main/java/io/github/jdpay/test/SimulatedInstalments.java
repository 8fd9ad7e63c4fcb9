package io.github.jdpay.test;

import io.github.jdpay.protocol.XmlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's Baitiao (白条) instalment plans for {@code queryBaiTiaoFQ}: 3, 6, 12 and 24 instalments at a fee
 * rate per instalment that the simulator makes up (JD's own rates are per merchant and per campaign). The principal is
 * split evenly; the first instalment takes what does not divide; each instalment carries the same fee.
 */
final class SimulatedInstalments {

    private static final int[] PLANS = {3, 6, 12, 24};

    /** Fee rate per instalment, in ten-thousandths, for each of {@link #PLANS}. */
    private static final int[] RATE_BASIS_POINTS = {60, 50, 45, 40};

    private SimulatedInstalments() {}

    static List<XmlNode> answer(String tradeNum, long amount) {
        List<XmlNode> bills = new ArrayList<>();
        for (int i = 0; i < PLANS.length; i++) {
            int plan = PLANS[i];
            long fee = (amount * RATE_BASIS_POINTS[i] + 5_000) / 10_000;
            long later = amount / plan;
            long first = amount - later * (plan - 1);
            bills.add(XmlNode.builder("billsInfo")
                    .add("plan", plan)
                    .add("rate", String.format("%d.%04d", RATE_BASIS_POINTS[i] / 10_000, RATE_BASIS_POINTS[i]))
                    .add("fee", fee)
                    .add("planFee", fee * plan)
                    .add("firstPay", first + fee)
                    .add("laterPay", later + fee)
                    .add("total", amount + fee * plan)
                    .build());
        }
        return List.of(XmlNode.leaf("tradeNum", tradeNum), XmlNode.element("billsInfoList", bills));
    }
}
