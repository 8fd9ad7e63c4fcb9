package io.github.jdpay.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code jdpay} health contributor in Spring Boot 3's health API: one indicator per merchant, by name. */
public final class JdPayBoot3Health {

    private JdPayBoot3Health() {}

    /** A composite of one indicator per merchant check. */
    public static CompositeHealthContributor contributor(Map<String, JdPayMerchantCheck> checks) {
        Map<String, HealthContributor> indicators = new LinkedHashMap<>();
        checks.forEach((name, check) -> indicators.put(name, (HealthIndicator) () -> health(check)));
        return CompositeHealthContributor.fromMap(indicators);
    }

    private static Health health(JdPayMerchantCheck check) {
        JdPayMerchantCheck.Result result = check.check();
        return (result.up() ? Health.up() : Health.down())
                .withDetails(result.details())
                .build();
    }
}
