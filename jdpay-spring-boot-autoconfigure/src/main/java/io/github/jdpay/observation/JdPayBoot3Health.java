package io.github.jdpay.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code jdpay} health contributor in Spring Boot 3's health API: one indicator for the registry of JD Pay 2.0 merchants, one for the aggregate merchant. */
public final class JdPayBoot3Health {

    private JdPayBoot3Health() {}

    /** A composite of one indicator per check, by name. */
    public static CompositeHealthContributor contributor(Map<String, Supplier<JdPayMerchantCheck.Result>> checks) {
        Map<String, HealthContributor> indicators = new LinkedHashMap<>();
        checks.forEach((name, check) -> indicators.put(name, (HealthIndicator) () -> health(check)));
        return CompositeHealthContributor.fromMap(indicators);
    }

    private static Health health(Supplier<JdPayMerchantCheck.Result> check) {
        JdPayMerchantCheck.Result result = check.get();
        return (result.up() ? Health.up() : Health.down())
                .withDetails(result.details())
                .build();
    }
}
