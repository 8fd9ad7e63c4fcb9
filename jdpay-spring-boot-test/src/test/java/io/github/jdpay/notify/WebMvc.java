package io.github.jdpay.notify;

import java.util.stream.Stream;
import org.springframework.util.ClassUtils;

/** Spring MVC's auto-configuration under its Spring Boot 4 name or its Boot 3 name: one test source for both. */
final class WebMvc {

    private WebMvc() {}

    static Class<?> autoConfiguration() {
        return Stream.of(
                        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                        "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
                .filter(name -> ClassUtils.isPresent(name, null))
                .findFirst()
                .map(name -> ClassUtils.resolveClassName(name, null))
                .orElseThrow(
                        () -> new IllegalStateException("Spring MVC's auto-configuration is not on the class path"));
    }
}
