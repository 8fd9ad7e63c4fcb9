package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.model.BaiTiaoPlan;
import io.github.jdpay.model.BaiTiaoPlans;
import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads JD's verified answer to {@code queryBaiTiaoFQ}: {@code tradeNum} and {@code billsInfoList/billsInfo*}. */
public final class BaiTiaoDocument {

    private BaiTiaoDocument() {}

    /** The plans of a verified inner document. */
    public static BaiTiaoPlans plans(XmlNode root) {
        String tradeNum = text(root, "tradeNum");
        if (tradeNum == null) {
            throw new JdPayMalformedMessageException("queryBaiTiaoFQ answer carries no tradeNum");
        }
        List<BaiTiaoPlan> plans = new ArrayList<>();
        XmlNode list = root.child("billsInfoList");
        if (list != null) {
            for (XmlNode bill : list.children("billsInfo")) {
                plans.add(plan(bill));
            }
        }
        return new BaiTiaoPlans(tradeNum, plans);
    }

    private static BaiTiaoPlan plan(XmlNode bill) {
        String plan = text(bill, "plan");
        if (plan == null || !plan.matches("[1-9][0-9]{0,2}")) {
            throw new JdPayMalformedMessageException("billsInfo plan is not a number of instalments");
        }
        String rate = text(bill, "rate");
        BigDecimal parsedRate;
        try {
            parsedRate = (rate != null) ? new BigDecimal(rate) : null;
        } catch (NumberFormatException ex) {
            throw new JdPayMalformedMessageException("billsInfo rate is not a number");
        }
        return new BaiTiaoPlan(
                Integer.parseInt(plan),
                parsedRate,
                fen(bill, "fee"),
                fen(bill, "planFee"),
                fen(bill, "firstPay"),
                fen(bill, "laterPay"),
                fen(bill, "total"));
    }

    private static @Nullable Money fen(XmlNode node, String name) {
        String digits = text(node, name);
        if (digits == null) {
            return null;
        }
        if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new JdPayMalformedMessageException("billsInfo " + name + " is not a whole number of fen");
        }
        return Money.ofFen(Long.parseLong(digits));
    }

    private static @Nullable String text(XmlNode node, String name) {
        String value = node.childText(name);
        return (value == null || value.isBlank()) ? null : value.trim();
    }
}
