package io.github.jdpay.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which merchant of the registry the auto-configured {@code JdPayTemplate} acts for ({@code jdpay.default-merchant}). */
@ConfigurationProperties("jdpay")
public class JdPayDefaultMerchantProperties {

    /**
     * Name of the merchant the injected JdPayTemplate acts for. Defaults to "default" (the top-level merchant) when
     * jdpay.merchant-no is set; without it, calls need forMerchant(name).
     */
    private @Nullable String defaultMerchant;

    public @Nullable String getDefaultMerchant() {
        return this.defaultMerchant;
    }

    public void setDefaultMerchant(@Nullable String defaultMerchant) {
        this.defaultMerchant = defaultMerchant;
    }
}
