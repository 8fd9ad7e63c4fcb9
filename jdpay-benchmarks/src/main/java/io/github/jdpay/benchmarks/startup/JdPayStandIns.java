package io.github.jdpay.benchmarks.startup;

import io.github.jdpay.client.JdPayOperations;
import java.lang.reflect.Proxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the sample shop needs from JD Pay when its auto-configurations are excluded: a {@link JdPayOperations} that
 * does nothing (it is never called during start-up). Added with {@code --spring.main.sources} to the start-ups
 * "without the starter" only.
 */
@Configuration(proxyBeanMethods = false)
public class JdPayStandIns {

    @Bean
    JdPayOperations jdPayOperations() {
        return (JdPayOperations) Proxy.newProxyInstance(
                JdPayOperations.class.getClassLoader(),
                new Class<?>[] {JdPayOperations.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException("stand-in for start-up timing: " + method.getName());
                });
    }
}
