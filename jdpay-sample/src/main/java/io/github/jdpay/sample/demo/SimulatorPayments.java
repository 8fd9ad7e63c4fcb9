package io.github.jdpay.sample.demo;

import io.github.jdpay.model.CashierForm;
import io.github.jdpay.sample.order.Checkout;
import io.github.jdpay.sample.order.OrderLedger;
import io.github.jdpay.sample.order.OrderStateException;
import io.github.jdpay.sample.order.OrderStatus;
import io.github.jdpay.sample.order.ShopOrder;
import io.github.jdpay.test.JdPaySimulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: pays an order in the embedded simulator as if the payer had, on any channel. The simulator then notifies
 * the shop like JD would. Exists only while {@code jdpay.simulator.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty("jdpay.simulator.enabled")
class SimulatorPayments {

    private final JdPaySimulator simulator;

    private final OrderLedger ledger;

    private final Checkout checkout;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    SimulatorPayments(JdPaySimulator simulator, OrderLedger ledger, Checkout checkout) {
        this.simulator = simulator;
        this.ledger = ledger;
        this.checkout = checkout;
    }

    /** 204 once the simulator has taken the payment; the shop learns of it from the notification that follows. */
    @PostMapping("/demo/orders/{tradeNum}/pay")
    ResponseEntity<Void> pay(@PathVariable String tradeNum) {
        ShopOrder order = this.ledger.order(tradeNum);
        if (order.status() != OrderStatus.CREATED) {
            throw new OrderStateException(
                    "Order " + tradeNum + " is " + order.status().words() + ": only an unpaid order can be paid.");
        }
        // tag::demo-pay[]
        switch (order.channel()) {
            case AGGREGATE_QR -> this.simulator.aggregate().pay(order.merchantNo(), tradeNum);
            case PC, H5 -> {
                // JD hears of a cashier order only when the payer's browser posts its form: post it if nobody has.
                if (this.simulator.findOrder(order.merchantNo(), tradeNum).isEmpty()) {
                    post(this.checkout.cashierForm(order));
                }
                this.simulator.pay(order.merchantNo(), tradeNum);
            }
            default -> this.simulator.pay(order.merchantNo(), tradeNum);
        }
        // end::demo-pay[]
        return ResponseEntity.noContent().build();
    }

    /** Posts a cashier form as the payer's browser would; the cashier answers with a redirect to its pay page. */
    private void post(CashierForm form) {
        StringJoiner body = new StringJoiner("&");
        form.fields()
                .forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(form.action()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        int status;
        try {
            status = this.http
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException ex) {
            throw new IllegalStateException("The simulator's cashier could not be reached: " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting the cashier form", ex);
        }
        if (status / 100 != 3) {
            throw new OrderStateException("The simulator's cashier refused the order's form (HTTP " + status + ").");
        }
    }
}
