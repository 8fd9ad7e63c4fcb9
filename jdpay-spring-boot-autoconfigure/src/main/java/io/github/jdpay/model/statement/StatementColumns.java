package io.github.jdpay.model.statement;

import java.util.Objects;

/**
 * The header names of the columns a {@link StatementRow} is typed from. JD does not publish its statement's columns,
 * so {@link #ASSUMED} is a guess from public integrations: set the names a real file shows. Columns are found by
 * name, so their order and any other columns do not matter.
 *
 * @param tradeNum the merchant's trade number (payment or refund number)
 * @param amount the amount in yuan with up to two decimals, such as {@code 12.34}
 * @param tradeType the kind of trade, such as payment or refund; optional in the file
 * @param tradeTime when the trade happened, as JD writes it; optional in the file
 */
public record StatementColumns(String tradeNum, String amount, String tradeType, String tradeTime) {

    /** An assumption: 商户订单号, 交易金额, 交易类型, 交易时间. */
    public static final StatementColumns ASSUMED = new StatementColumns("商户订单号", "交易金额", "交易类型", "交易时间");

    public StatementColumns {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(tradeTime, "tradeTime");
    }
}
