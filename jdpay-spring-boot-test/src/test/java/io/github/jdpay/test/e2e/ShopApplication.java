package io.github.jdpay.test.e2e;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A shop with nothing but the starter on its class path (and the test kit for the simulator). */
@SpringBootApplication
class ShopApplication {}
