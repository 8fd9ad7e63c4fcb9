package io.github.jdpay.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The demo shop: a Spring Boot app that takes JD Pay payments through the starter. */
@SpringBootApplication
public class SampleShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleShopApplication.class, args);
    }
}
