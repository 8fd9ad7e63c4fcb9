package io.github.jdpay.observation;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
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
 * first {@link JdPayRegistryCheck#LISTED} of the registry as it is now, and their count; the aggregate merchant as
 * {@code aggregate}, with its {@code systemId}), JD's endpoints and the idempotency store's kind. Never a key, a
 * password or a signature.
 */
public class JdPayInfoContributor implements InfoContributor {

    private final @Nullable JdPayMerchantRegistry registry;

    private final @Nullable JdPayAggregateMerchant aggregate;

    private final Map<String, String> endpoints;

    private final String store;

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
        this(fixed(merchants), aggregate, endpoints, store);
    }

    /**
     * @param registry the JD Pay 2.0 merchants, read at every request for the info; none in an aggregate-only
     *     application
     * @param aggregate the aggregate merchant, if one is configured
     * @param endpoints JD's endpoints by name, as URLs
     * @param store the kind of idempotency store ({@code in-memory}, {@code jdbc}, a class name), or {@code none}
     */
    public JdPayInfoContributor(
            @Nullable JdPayMerchantRegistry registry,
            @Nullable JdPayAggregateMerchant aggregate,
            Map<String, String> endpoints,
            String store) {
        this.registry = registry;
        this.aggregate = aggregate;
        this.endpoints = new LinkedHashMap<>(endpoints);
        this.store = store;
    }

    private static @Nullable JdPayMerchantRegistry fixed(List<JdPayMerchant> merchants) {
        if (merchants.isEmpty()) {
            return null;
        }
        JdPayMerchants fixed = JdPayMerchants.of(merchants);
        return () -> fixed;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> described = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("merchants", described);
        JdPayMerchantRegistry merchants = this.registry;
        if (merchants != null) {
            JdPayMerchants now = merchants.merchants();
            now.all().stream().limit(JdPayRegistryCheck.LISTED).forEach(merchant -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("merchantNo", merchant.merchantNo());
                one.put("jdPublicKey", merchant.jdKeyDescription());
                one.put("app", merchant.appId() != null);
                described.put(merchant.name(), one);
            });
            info.put("merchantCount", now.size());
        }
        JdPayAggregateMerchant aggregateMerchant = this.aggregate;
        if (aggregateMerchant != null) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("merchantNo", aggregateMerchant.merchantNo());
            one.put("systemId", aggregateMerchant.systemId());
            described.put(AggregateNotification.MERCHANT_NAME, one);
        }
        info.put("endpoints", new LinkedHashMap<>(this.endpoints));
        info.put("idempotencyStore", this.store);
        builder.withDetail("jdpay", info);
    }
}
