package io.github.jdpay.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Fault injection for one simulator, per operation. An operation is named as its URL ends: {@code uniorder},
 * {@code query}, {@code queryRefund}, {@code refund}, {@code revoke}, {@code fkmPay}, {@code getUserRelation},
 * {@code cancelUserRelation}, {@code saveOrder}, {@code customerPay}, {@code getScanUrl}, {@code m/pay},
 * {@code m/unifiedOrder}, {@code m/querytrade}, {@code m/refund}, {@code m/queryrefund}.
 *
 * <pre>{@code
 * simulator.faults().next("refund").resultCode("RFND100008", "可用余额不足");
 * simulator.faults().next("query", 2).httpStatus(503);
 * simulator.faults().always("uniorder").latency(Duration.ofMillis(300));
 * simulator.faults().notifications().duplicate();
 * }</pre>
 *
 * <p>Thread-safe. Faults on one call: latencies add up; of the other faults the first registered applies, and each
 * fault that applied uses up one of its calls.
 */
public final class SimulatorFaults {

    /** Every operation a fault can name. */
    public static final Set<String> OPERATIONS = operations();

    private final List<Rule> rules = new ArrayList<>();

    private final NotificationFaults notifications;

    SimulatorFaults(Notifier notifier) {
        this.notifications = new NotificationFaults(notifier);
    }

    /** Faults for the next call of an operation. */
    public FaultSpec next(String operation) {
        return next(operation, 1);
    }

    /** Faults for the next {@code times} calls of an operation. */
    public FaultSpec next(String operation, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but is " + times);
        }
        return new FaultSpec(this, checked(operation), times);
    }

    /** Faults for every call of an operation until {@link #clear()}. */
    public FaultSpec always(String operation) {
        return new FaultSpec(this, checked(operation), Rule.ALWAYS);
    }

    /** Duplicate and out-of-order notification delivery. */
    public NotificationFaults notifications() {
        return this.notifications;
    }

    /** Removes every fault, releases held notifications in order and stops duplicating them. */
    public void clear() {
        synchronized (this) {
            this.rules.clear();
        }
        this.notifications.clear();
    }

    /** Faults still waiting for a call, for diagnostics. */
    public synchronized int pending() {
        return this.rules.size();
    }

    synchronized void add(String operation, int times, Fault fault) {
        this.rules.add(new Rule(operation, fault, times));
    }

    /** Takes the faults that apply to one call of {@code operation}, using up one call of each. */
    synchronized FaultPlan take(String operation) {
        Duration latency = Duration.ZERO;
        @Nullable Fault outcome = null;
        for (Iterator<Rule> it = this.rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (!rule.operation.equals(operation)) {
                continue;
            }
            boolean isLatency = rule.fault.kind() == Fault.Kind.LATENCY;
            if (!isLatency && outcome != null) {
                continue;
            }
            if (isLatency) {
                latency = latency.plus(rule.fault.latency());
            } else {
                outcome = rule.fault;
            }
            if (rule.remaining != Rule.ALWAYS && --rule.remaining == 0) {
                it.remove();
            }
        }
        return (latency.isZero() && outcome == null) ? FaultPlan.NONE : new FaultPlan(latency, outcome);
    }

    private static Set<String> operations() {
        Set<String> all = new TreeSet<>(PaygateEndpoint.OPERATIONS);
        all.addAll(CashierEndpoint.FORM_OPERATIONS);
        all.add(AggregateEndpoint.SCAN_URL);
        all.addAll(AggregateEndpoint.API_OPERATIONS);
        return Collections.unmodifiableSet(all);
    }

    private static String checked(String operation) {
        Objects.requireNonNull(operation, "operation");
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "'; known: " + OPERATIONS);
        }
        return operation;
    }

    private static final class Rule {

        static final int ALWAYS = -1;

        final String operation;

        final Fault fault;

        int remaining;

        Rule(String operation, Fault fault, int remaining) {
            this.operation = operation;
            this.fault = fault;
            this.remaining = remaining;
        }

        @Override
        public String toString() {
            return this.operation + ":" + this.fault.kind() + ((this.remaining == ALWAYS) ? "" : "x" + this.remaining);
        }
    }

    @Override
    public synchronized String toString() {
        return "SimulatorFaults" + this.rules;
    }
}
