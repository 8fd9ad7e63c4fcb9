package io.github.jdpay.sample.demo;

import io.github.jdpay.sample.order.OrderLedger;
import io.github.jdpay.sample.order.ShopOrder;
import io.github.jdpay.test.JdPaySimulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: pays an order in the embedded simulator as if the payer had, for APP orders, which need an app to pay.
 * The simulator then notifies the shop like JD would. Exists only while {@code jdpay.simulator.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty("jdpay.simulator.enabled")
class SimulatorPayments {

    private final JdPaySimulator simulator;

    private final OrderLedger ledger;

    SimulatorPayments(JdPaySimulator simulator, OrderLedger ledger) {
        this.simulator = simulator;
        this.ledger = ledger;
    }

    /** 204 once the simulator has taken the payment; the shop learns of it from the notification that follows. */
    @PostMapping("/demo/orders/{tradeNum}/pay")
    ResponseEntity<Void> pay(@PathVariable String tradeNum) {
        ShopOrder order = this.ledger.order(tradeNum);
        this.simulator.pay(order.merchantNo(), order.tradeNum());
        return ResponseEntity.noContent().build();
    }
}
