package io.github.jdpay.test;

import static io.github.jdpay.test.SimulatorResultCode.DUPLICATE_REFUND_NUM;
import static io.github.jdpay.test.SimulatorResultCode.DUPLICATE_TRADE_NUM;
import static io.github.jdpay.test.SimulatorResultCode.INSUFFICIENT_BALANCE;
import static io.github.jdpay.test.SimulatorResultCode.REFUND_EXCEEDS_REFUNDABLE;
import static io.github.jdpay.test.SimulatorResultCode.REVOKE_NOT_ALLOWED;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_ALREADY_PAID;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_CLOSED;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_FOUND;
import static io.github.jdpay.test.SimulatorResultCode.TRADE_NOT_PAID;

import io.github.jdpay.crypto.Hex;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's ledger: payment orders, refunds and user bindings per merchant, with JD's rules. One lock guards
 * everything, so concurrent refunds of one order can never refund more than was paid.
 */
final class OrderBook {

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Trade> orders = new LinkedHashMap<>();

    private final Map<String, Trade> ordersByPayKey = new HashMap<>();

    private final Map<String, SimulatedRefund> refunds = new HashMap<>();

    private final Set<String> boundUsers = new HashSet<>();

    private long sequence;

    private boolean insufficientBalance;

    /** The cashier base URL (ending in {@code /}) for an order's channel. */
    private final Function<String, String> cashierOf;

    OrderBook(Clock clock, Function<String, String> cashierOf) {
        this.clock = clock;
        this.cashierOf = cashierOf;
    }

    private static String key(String merchant, String tradeNum) {
        return merchant + '\u0000' + tradeNum;
    }

    /** Creates an order, or returns the existing one when the same request is repeated before payment. */
    synchronized SimulatedOrder create(OrderRequest request, String operation) {
        String key = key(request.merchant(), request.tradeNum());
        Trade existing = this.orders.get(key);
        if (existing != null) {
            expireIfDue(existing);
            if (!existing.sameContent(request)) {
                throw DUPLICATE_TRADE_NUM.exception(null, operation, request.tradeNum());
            }
            return switch (existing.state) {
                case CREATED -> snapshot(existing);
                case EXPIRED, REVOKED -> throw TRADE_CLOSED.exception(null, operation, request.tradeNum());
                default -> throw TRADE_ALREADY_PAID.exception(null, operation, request.tradeNum());
            };
        }
        byte[] token = new byte[12];
        this.random.nextBytes(token);
        String orderId = String.format(
                "10%013d%07d", Math.floorMod(this.clock.millis(), 10_000_000_000_000L), ++this.sequence % 10_000_000);
        Trade trade = new Trade(request, orderId, Hex.encode(token), this.clock.instant());
        this.orders.put(key, trade);
        this.ordersByPayKey.put(trade.payKey, trade);
        return snapshot(trade);
    }

    /**
     * Marks an order paid as if the payer paid it.
     *
     * @param typedAmount the amount the payer typed, for a payer-typed (CUST) code; otherwise {@code null}
     */
    synchronized SimulatedOrder pay(String merchant, String tradeNum, @Nullable Long typedAmount, String operation) {
        Trade trade = require(merchant, tradeNum, operation);
        switch (trade.state) {
            case CREATED -> {}
            case EXPIRED, REVOKED -> throw TRADE_CLOSED.exception(null, operation, tradeNum);
            default -> throw TRADE_ALREADY_PAID.exception(null, operation, tradeNum);
        }
        if (typedAmount != null && trade.amount == 0) {
            trade.amount = typedAmount;
        }
        trade.state = OrderState.PAID;
        trade.paidAt = this.clock.instant();
        String userId = trade.request.userId();
        if (userId != null && !userId.isEmpty()) {
            this.boundUsers.add(key(merchant, userId));
        }
        return snapshot(trade);
    }

    /** Forces an unpaid order to expire now, whatever its {@code expireTime}. */
    synchronized SimulatedOrder expire(String merchant, String tradeNum) {
        Trade trade = require(merchant, tradeNum, "expire");
        if (trade.state != OrderState.CREATED) {
            throw new IllegalStateException(
                    "order " + tradeNum + " is " + trade.state + ", only an unpaid order expires");
        }
        trade.state = OrderState.EXPIRED;
        return snapshot(trade);
    }

    synchronized Optional<SimulatedOrder> find(String merchant, String tradeNum) {
        Trade trade = this.orders.get(key(merchant, tradeNum));
        if (trade == null) {
            return Optional.empty();
        }
        expireIfDue(trade);
        return Optional.of(snapshot(trade));
    }

    synchronized Optional<SimulatedOrder> findByPayKey(String payKey) {
        Trade trade = this.ordersByPayKey.get(payKey);
        if (trade == null) {
            return Optional.empty();
        }
        expireIfDue(trade);
        return Optional.of(snapshot(trade));
    }

    synchronized List<SimulatedOrder> all() {
        List<SimulatedOrder> all = new ArrayList<>(this.orders.size());
        for (Trade trade : this.orders.values()) {
            expireIfDue(trade);
            all.add(snapshot(trade));
        }
        return all;
    }

    /** A refund as applied, and whether it repeats an earlier request (which must not notify again). */
    record Refunded(SimulatedRefund refund, boolean repeated) {}

    /** Applies a refund or revoke; a repeated request with the same refund number gets the first answer again. */
    synchronized Refunded refund(RefundRequest request, String operation) {
        SimulatedRefund earlier = this.refunds.get(key(request.merchant(), request.tradeNum()));
        if (earlier != null) {
            if (!request.sameAs(earlier)) {
                throw DUPLICATE_REFUND_NUM.exception(null, operation, request.tradeNum());
            }
            return new Refunded(answer(earlier, operation), true);
        }
        Trade trade = require(request.merchant(), request.originalTradeNum(), operation);
        if (request.revoke()) {
            checkRevocable(trade, request, operation);
            if (trade.state == OrderState.CREATED) {
                trade.state = OrderState.REVOKED;
                return new Refunded(record(trade, request, null), false);
            }
        } else if (trade.paidAt == null) {
            throw TRADE_NOT_PAID.exception(null, operation, request.originalTradeNum());
        } else if (request.amount() > trade.refundable()) {
            throw REFUND_EXCEEDS_REFUNDABLE.exception("可退 " + trade.refundable() + " 分", operation, request.tradeNum());
        }
        if (this.insufficientBalance) {
            record(trade, request, INSUFFICIENT_BALANCE);
            throw INSUFFICIENT_BALANCE.exception(null, operation, request.tradeNum());
        }
        SimulatedRefund refund = record(trade, request, null);
        trade.state = request.revoke()
                ? OrderState.REVOKED
                : (trade.refundable() == 0) ? OrderState.REFUNDED : OrderState.PARTIALLY_REFUNDED;
        return new Refunded(refund, false);
    }

    private void checkRevocable(Trade trade, RefundRequest request, String operation) {
        switch (trade.state) {
            case EXPIRED, REVOKED -> throw TRADE_CLOSED.exception(null, operation, request.originalTradeNum());
            case PARTIALLY_REFUNDED, REFUNDED ->
                throw REVOKE_NOT_ALLOWED.exception("已部分退款", operation, request.tradeNum());
            default -> {
                if (request.amount() != trade.amount) {
                    throw REVOKE_NOT_ALLOWED.exception("撤销金额须等于订单金额", operation, request.tradeNum());
                }
            }
        }
    }

    private SimulatedRefund record(Trade trade, RefundRequest request, @Nullable SimulatorResultCode failure) {
        SimulatedRefund refund = new SimulatedRefund(
                request.merchant(),
                request.tradeNum(),
                request.originalTradeNum(),
                request.revoke(),
                request.amount(),
                request.currency(),
                request.tradeTime(),
                request.note(),
                request.notifyUrl(),
                failure == null,
                failure,
                this.clock.instant());
        trade.refunds.add(refund);
        this.refunds.put(key(request.merchant(), request.tradeNum()), refund);
        return refund;
    }

    private static SimulatedRefund answer(SimulatedRefund refund, String operation) {
        SimulatorResultCode failure = refund.failureCode();
        if (failure != null) {
            throw failure.exception(null, operation, refund.tradeNum());
        }
        return refund;
    }

    synchronized Optional<SimulatedRefund> findRefund(String merchant, String tradeNum) {
        return Optional.ofNullable(this.refunds.get(key(merchant, tradeNum)));
    }

    synchronized boolean isBound(String merchant, String userId) {
        return this.boundUsers.contains(key(merchant, userId));
    }

    synchronized void unbind(String merchant, String userId) {
        this.boundUsers.remove(key(merchant, userId));
    }

    synchronized void insufficientBalance(boolean insufficient) {
        this.insufficientBalance = insufficient;
    }

    synchronized void clear() {
        this.orders.clear();
        this.ordersByPayKey.clear();
        this.refunds.clear();
        this.boundUsers.clear();
        this.insufficientBalance = false;
    }

    private Trade require(String merchant, String tradeNum, String operation) {
        Trade trade = this.orders.get(key(merchant, tradeNum));
        if (trade == null) {
            throw TRADE_NOT_FOUND.exception(null, operation, tradeNum);
        }
        expireIfDue(trade);
        return trade;
    }

    private SimulatedOrder snapshot(Trade trade) {
        return trade.snapshot(this.cashierOf.apply(trade.request.channel()) + "payCashier?key=" + trade.payKey);
    }

    /** The key that names an order in its QR code URL and cashier page. */
    synchronized String payKey(String merchant, String tradeNum) {
        return require(merchant, tradeNum, "payKey").payKey;
    }

    private void expireIfDue(Trade trade) {
        if (trade.state == OrderState.CREATED && !this.clock.instant().isBefore(trade.expiresAt)) {
            trade.state = OrderState.EXPIRED;
        }
    }
}
