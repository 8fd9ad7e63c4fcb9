package io.github.jdpay.sample.web;

import io.github.jdpay.sample.order.Checkout;
import io.github.jdpay.sample.order.OrderLedger;
import io.github.jdpay.sample.order.PaymentStart;
import io.github.jdpay.sample.order.Refunds;
import io.github.jdpay.sample.order.ShopRefund;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's JSON API, documented in the sample's README: place orders, follow them, refund and revoke them. */
@RestController
@RequestMapping(path = "/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderApiController {

    /** How many orders the list shows, newest first. */
    static final int LIST_SIZE = 50;

    private final Checkout checkout;

    private final Refunds refunds;

    private final OrderLedger ledger;

    OrderApiController(Checkout checkout, Refunds refunds, OrderLedger ledger) {
        this.checkout = checkout;
        this.refunds = refunds;
        this.ledger = ledger;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrderJson> create(@RequestBody Map<String, Object> body) {
        CreateOrderBody.NewOrder order = CreateOrderBody.of(body).read(this.checkout.channels());
        PaymentStart start = this.checkout.start(order.title(), order.amount(), order.channel());
        return ResponseEntity.created(URI.create("/api/orders/" + start.order().tradeNum()))
                .body(OrderJson.created(start));
    }

    @GetMapping
    List<OrderJson> list() {
        return this.ledger.recent(LIST_SIZE).stream().map(OrderJson::of).toList();
    }

    @GetMapping("/{tradeNum}")
    OrderJson get(@PathVariable String tradeNum) {
        return OrderJson.of(this.ledger.order(tradeNum), this.ledger.refunds(tradeNum));
    }

    /** 200 when JD confirmed the refund, 202 while it is in progress. */
    @PostMapping("/{tradeNum}/refund")
    ResponseEntity<OrderJson> refund(
            @PathVariable String tradeNum, @RequestBody(required = false) @Nullable Map<String, Object> body) {
        this.ledger.order(tradeNum); // an unknown order is a 404, whatever the body says
        Long amountFen = (body != null) ? RefundBody.of(body).fen() : null;
        return answer(tradeNum, this.refunds.refund(tradeNum, amountFen));
    }

    @PostMapping("/{tradeNum}/revoke")
    ResponseEntity<OrderJson> revoke(@PathVariable String tradeNum) {
        return answer(tradeNum, this.refunds.revoke(tradeNum));
    }

    private ResponseEntity<OrderJson> answer(String tradeNum, ShopRefund refund) {
        HttpStatus status = (refund.status() == ShopRefund.Status.PROCESSING) ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(get(tradeNum));
    }
}
