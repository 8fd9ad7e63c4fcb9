package io.github.jdpay.observation;

import io.github.jdpay.merchant.JdPayMerchant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code jdpay} to {@code /actuator/info}: the merchants by name with their numbers and JD key fingerprints, JD's
 * endpoints and the idempotency store's kind. Never a key, a password or a signature.
 */
public class JdPayInfoContributor implements InfoContributor {

    private final Map<String, Object> info;

    /**
     * @param merchants the configured merchants
     * @param endpoints JD's endpoints by name, as URLs
     * @param store the kind of idempotency store ({@code in-memory}, {@code jdbc}, a class name), or {@code none}
     */
    public JdPayInfoContributor(List<JdPayMerchant> merchants, Map<String, String> endpoints, String store) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (JdPayMerchant merchant : merchants) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("merchantNo", merchant.merchantNo());
            one.put("jdPublicKey", merchant.jdKeyDescription());
            one.put("app", merchant.appId() != null);
            described.put(merchant.name(), one);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("merchants", described);
        info.put("endpoints", Map.copyOf(endpoints));
        info.put("idempotencyStore", store);
        this.info = info;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("jdpay", this.info);
    }
}
