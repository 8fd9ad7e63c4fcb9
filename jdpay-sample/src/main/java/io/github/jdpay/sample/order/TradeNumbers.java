package io.github.jdpay.sample.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Makes order numbers such as {@code S20261125143015123456}: the time in China and six random digits, 21 characters,
 * so that refund numbers ({@code …R1}, revocations {@code …X1}) still fit JD's 32.
 */
@Component
class TradeNumbers {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Shanghai"));

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = Clock.systemUTC();

    String next() {
        return "S" + TIME.format(this.clock.instant()) + String.format("%06d", this.random.nextInt(1_000_000));
    }
}
