package io.github.jdpay.model;

import java.util.List;
import java.util.Objects;

/**
 * JD's answer to {@code queryBaiTiaoFQ}: the Baitiao instalment plans for one amount, in JD's order.
 *
 * @param tradeNum the number the query was made with
 * @param plans the plans, empty when JD offers none
 */
public record BaiTiaoPlans(String tradeNum, List<BaiTiaoPlan> plans) {

    public BaiTiaoPlans {
        Objects.requireNonNull(tradeNum, "tradeNum");
        plans = List.copyOf(plans);
    }
}
