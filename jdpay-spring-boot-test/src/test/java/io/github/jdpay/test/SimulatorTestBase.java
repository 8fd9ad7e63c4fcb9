package io.github.jdpay.test;

import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh simulator with the test merchant for every test, the merchant's client for it and a notification receiver
 * on this machine.
 */
abstract class SimulatorTestBase {

    /** JD's time: it moves only when a test advances it. */
    final ManualTime time = ManualTime.startingAt(Instant.parse("2025-03-01T04:00:00Z"));

    JdPaySimulator simulator;

    MerchantClient merchant;

    NotifyReceiver receiver;

    /** Settings beyond the test merchant; by default the simulator runs on {@link #time}. */
    JdPaySimulatorBuilder configure(JdPaySimulatorBuilder builder) {
        return builder.manualTime(this.time);
    }

    @BeforeEach
    void startSimulator() {
        this.simulator = configure(JdPaySimulator.builder().testMerchant()).start();
        this.merchant = new MerchantClient(this.simulator);
        this.receiver = new NotifyReceiver();
    }

    @AfterEach
    void stopSimulator() {
        this.simulator.close();
        this.receiver.close();
    }

    /** Opens a JD Pay 2.0 notification body as the merchant does. */
    JdPayMessage openNotification(String body) {
        return TestMerchant.xmlCodec(this.simulator.jdPublicKey())
                .open(JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8)));
    }
}
