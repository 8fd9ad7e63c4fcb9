package io.github.jdpay.sample.order;

import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells the starter's notification endpoint what amount each of the shop's trades should carry, so that a notification
 * with another amount is refused before any handler runs. The handlers check again, under the order's lock.
 */
@Component
class ExpectedAmounts implements JdPayExpectedAmounts {

    private final OrderLedger ledger;

    ExpectedAmounts(OrderLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<Money> expectedAmount(String merchantName, String tradeNum) {
        return this.ledger.expectedFen(tradeNum).map(Money::ofFen);
    }
}
