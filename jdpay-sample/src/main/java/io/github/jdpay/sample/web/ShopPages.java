package io.github.jdpay.sample.web;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.sample.order.Checkout;
import io.github.jdpay.sample.order.OrderLedger;
import io.github.jdpay.sample.order.OrderNotFoundException;
import io.github.jdpay.sample.order.ShopOrder;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The shop's HTML pages: the shop itself, an order, and the page JD's cashier sends the payer back to. */
@Controller
class ShopPages {

    private static final Log logger = LogFactory.getLog(ShopPages.class);

    private final JdPayOperations jdPay;

    private final OrderLedger ledger;

    private final Checkout checkout;

    private final boolean simulator;

    ShopPages(
            JdPayOperations jdPay,
            OrderLedger ledger,
            Checkout checkout,
            @Value("${jdpay.simulator.enabled:false}") boolean simulator) {
        this.jdPay = jdPay;
        this.ledger = ledger;
        this.checkout = checkout;
        this.simulator = simulator;
    }

    @GetMapping("/")
    String shop(Model model) {
        model.addAttribute(
                "channels", this.checkout.channels().stream().map(Enum::name).toList());
        return page(model, "shop");
    }

    @GetMapping("/orders/{tradeNum}")
    String order(@PathVariable String tradeNum, Model model) {
        ShopOrder order = this.ledger.order(tradeNum);
        model.addAttribute("order", order);
        model.addAttribute("amountYuan", Money.ofFen(order.amountFen()).toYuan());
        model.addAttribute("refundedYuan", Money.ofFen(order.refundedFen()).toYuan());
        return page(model, "order");
    }

    // tag::page-callback[]
    /**
     * Where JD's cashier sends the payer's browser after payment ({@code jdpay.callback-url}). The form is checked to
     * be JD's, but it only decides what the payer sees: the order is paid when JD's notification says so.
     */
    @PostMapping("/orders/callback")
    String callback(@RequestParam Map<String, String> form, Model model) {
        PageCallback callback = this.jdPay.verifyPageCallback(form);
        model.addAttribute("callback", callback);
        return order(callback.tradeNum(), model);
    }
    // end::page-callback[]

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String forgedCallback(JdPayException ex, Model model) {
        logger.warn("Refused a page callback: " + ex.getMessage());
        model.addAttribute("error", "This page was not sent by JD Pay: " + ex.getMessage());
        return page(model, "order");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownOrder(OrderNotFoundException ex, Model model) {
        model.addAttribute("error", "There is " + ex.getMessage() + " in this shop.");
        return page(model, "order");
    }

    private String page(Model model, String view) {
        model.addAttribute("merchantNo", this.jdPay.merchantNo());
        model.addAttribute("simulator", this.simulator);
        return view;
    }
}
