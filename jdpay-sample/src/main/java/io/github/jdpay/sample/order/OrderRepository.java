package io.github.jdpay.sample.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code shop_order} and {@code shop_refund} tables, through Spring's {@link JdbcClient}; no business rules. */
@Repository
class OrderRepository {

    private static final String ORDER_COLUMNS = "trade_num, merchant_no, title, amount_fen, channel, status,"
            + " refunded_fen, notifications_handled, jd_order_id, pay_url, created_at, paid_at";

    private static final String REFUND_COLUMNS = "refund_trade_num, trade_num, kind, amount_fen, status, created_at";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ShopOrder order) {
        this.jdbc
                .sql("INSERT INTO shop_order (" + ORDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        order.tradeNum(),
                        order.merchantNo(),
                        order.title(),
                        order.amountFen(),
                        order.channel().name(),
                        order.status().name(),
                        order.refundedFen(),
                        order.notificationsHandled(),
                        order.jdOrderId(),
                        order.payUrl(),
                        timestamp(order.createdAt()),
                        timestamp(order.paidAt()))
                .update();
    }

    /** Everything but the order's identity and what it was placed for, which never change. */
    void update(ShopOrder order) {
        this.jdbc
                .sql("UPDATE shop_order SET status = ?, refunded_fen = ?, notifications_handled = ?, jd_order_id = ?,"
                        + " pay_url = ?, paid_at = ? WHERE trade_num = ?")
                .params(
                        order.status().name(),
                        order.refundedFen(),
                        order.notificationsHandled(),
                        order.jdOrderId(),
                        order.payUrl(),
                        timestamp(order.paidAt()),
                        order.tradeNum())
                .update();
    }

    Optional<ShopOrder> find(String tradeNum) {
        return orders("WHERE trade_num = ?", tradeNum).optional();
    }

    /**
     * The order, its row locked until the transaction ends: two notifications, or a notification and a refund, for
     * the same order then change it one after the other, never from the same stale copy.
     */
    Optional<ShopOrder> lock(String tradeNum) {
        return orders("WHERE trade_num = ? FOR UPDATE", tradeNum).optional();
    }

    List<ShopOrder> recent(int limit) {
        return orders("ORDER BY created_at DESC, trade_num DESC LIMIT ?", limit).list();
    }

    void insert(ShopRefund refund) {
        this.jdbc
                .sql("INSERT INTO shop_refund (" + REFUND_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        refund.refundTradeNum(),
                        refund.tradeNum(),
                        refund.kind().name(),
                        refund.amountFen(),
                        refund.status().name(),
                        timestamp(refund.createdAt()))
                .update();
    }

    /**
     * Marks a refund succeeded unless it already is, and says whether this call did it. The condition is evaluated by
     * the update on the row's latest committed version: a refund read a moment earlier in the same transaction may be
     * stale (H2 showed it when JD's answer and its notification arrived together), the update's count is not.
     */
    boolean markSucceeded(String refundTradeNum) {
        return transition(refundTradeNum, "status <> 'SUCCEEDED'", ShopRefund.Status.SUCCEEDED);
    }

    /** Marks a refund failed if it is still in progress, and says whether this call did it. */
    boolean markFailed(String refundTradeNum) {
        return transition(refundTradeNum, "status = 'PROCESSING'", ShopRefund.Status.FAILED);
    }

    private boolean transition(String refundTradeNum, String condition, ShopRefund.Status to) {
        return this.jdbc
                        .sql("UPDATE shop_refund SET status = ? WHERE refund_trade_num = ? AND " + condition)
                        .params(to.name(), refundTradeNum)
                        .update()
                == 1;
    }

    Optional<ShopRefund> findRefund(String refundTradeNum) {
        return refunds("WHERE refund_trade_num = ?", refundTradeNum).optional();
    }

    List<ShopRefund> refundsOf(String tradeNum) {
        return refunds("WHERE trade_num = ? ORDER BY created_at, refund_trade_num", tradeNum)
                .list();
    }

    private JdbcClient.MappedQuerySpec<ShopOrder> orders(String clause, Object parameter) {
        return this.jdbc
                .sql("SELECT " + ORDER_COLUMNS + " FROM shop_order " + clause)
                .param(parameter)
                .query(OrderRepository::order);
    }

    private JdbcClient.MappedQuerySpec<ShopRefund> refunds(String clause, Object parameter) {
        return this.jdbc
                .sql("SELECT " + REFUND_COLUMNS + " FROM shop_refund " + clause)
                .param(parameter)
                .query(OrderRepository::refund);
    }

    private static ShopOrder order(ResultSet rs, int row) throws SQLException {
        return new ShopOrder(
                rs.getString("trade_num"),
                rs.getString("merchant_no"),
                rs.getString("title"),
                rs.getLong("amount_fen"),
                Channel.valueOf(rs.getString("channel")),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getLong("refunded_fen"),
                rs.getInt("notifications_handled"),
                rs.getString("jd_order_id"),
                rs.getString("pay_url"),
                instant(rs, "created_at"),
                nullableInstant(rs, "paid_at"));
    }

    private static ShopRefund refund(ResultSet rs, int row) throws SQLException {
        return new ShopRefund(
                rs.getString("refund_trade_num"),
                rs.getString("trade_num"),
                ShopRefund.Kind.valueOf(rs.getString("kind")),
                rs.getLong("amount_fen"),
                ShopRefund.Status.valueOf(rs.getString("status")),
                instant(rs, "created_at"));
    }

    // OffsetDateTime rather than Instant: it is what JDBC 4.2 drivers (H2, PostgreSQL) map TIMESTAMP WITH TIME ZONE to.
    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant instant = nullableInstant(rs, column);
        if (instant == null) {
            throw new SQLException(column + " is null");
        }
        return instant;
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return (value != null) ? value.toInstant() : null;
    }
}
