package io.github.jdpay.observation;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code jdpay} to {@code /actuator/info}: the merchants by name with their numbers and JD key fingerprints (the
 * aggregate merchant as {@code aggregate}, with its {@code systemId}), JD's endpoints and the idempotency store's kind.
 * Never a key, a password or a signature.
 */
public class JdPayInfoContributor implements InfoContributor {

    private final Map<String, Object> info;

    /**
     * @param merchants the configured merchants
     * @param endpoints JD's endpoints by name, as URLs
     * @param store the kind of idempotency store ({@code in-memory}, {@code jdbc}, a class name), or {@code none}
     */
    public JdPayInfoContributor(List<JdPayMerchant> merchants, Map<String, String> endpoints, String store) {
        this(merchants, null, endpoints, store);
    }

    /**
     * @param merchants the configured JD Pay 2.0 merchants
     * @param aggregate the aggregate merchant, if one is configured
     * @param endpoints JD's endpoints by name, as URLs
     * @param store the kind of idempotency store ({@code in-memory}, {@code jdbc}, a class name), or {@code none}
     */
    public JdPayInfoContributor(
            List<JdPayMerchant> merchants,
            @Nullable JdPayAggregateMerchant aggregate,
            Map<String, String> endpoints,
            String store) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (JdPayMerchant merchant : merchants) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("merchantNo", merchant.merchantNo());
            one.put("jdPublicKey", merchant.jdKeyDescription());
            one.put("app", merchant.appId() != null);
            described.put(merchant.name(), one);
        }
        if (aggregate != null) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("merchantNo", aggregate.merchantNo());
            one.put("systemId", aggregate.systemId());
            described.put(AggregateNotification.MERCHANT_NAME, one);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("merchants", described);
        info.put("endpoints", new LinkedHashMap<>(endpoints));
        info.put("idempotencyStore", store);
        this.info = info;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("jdpay", this.info);
    }
}
