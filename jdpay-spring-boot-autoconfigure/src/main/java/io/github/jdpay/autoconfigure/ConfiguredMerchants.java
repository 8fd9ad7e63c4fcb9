package io.github.jdpay.autoconfigure;

import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The configured merchants, shared by the template and the notification endpoint so that each key is loaded once:
 * the top-level one with the crypto beans, and each {@code jdpay.merchants.<name>} with crypto of its own; and the
 * aggregate merchant ({@link #aggregate}). Non-key settings are checked here, named by property.
 *
 * @param all the merchants, the top-level one first
 */
record ConfiguredMerchants(List<JdPayMerchant> all) {

    /** Name of the top-level merchant. */
    static final String DEFAULT_NAME = "default";

    private static final Pattern MERCHANT_NO = Pattern.compile("[0-9]{1,32}");

    ConfiguredMerchants {
        all = List.copyOf(all);
    }

    static ConfiguredMerchants from(
            JdPayProperties properties,
            JdPayCipher cipher,
            JdPaySigner signer,
            JdPayVerifier verifier,
            @Nullable JdPayMerchantCryptoProvider cryptoProvider) {
        return from(properties, cipher, signer, verifier, cryptoProvider, Clock.systemUTC());
    }

    /**
     * The merchants, with {@code clock} checking the not-afters of {@code jd-public-keys}.
     *
     * @param verifier the {@code JdPayVerifier} bean: the default merchant's unless it is the one built from the
     *     newest of {@code jdpay.jd-public-keys}, which then gives way to all of them
     */
    static ConfiguredMerchants from(
            JdPayProperties properties,
            JdPayCipher cipher,
            JdPaySigner signer,
            JdPayVerifier verifier,
            @Nullable JdPayMerchantCryptoProvider cryptoProvider,
            Clock clock) {
        List<JdPayMerchant> merchants = new ArrayList<>();
        JdPayVerifier topLevel = (provided(cryptoProvider, DEFAULT_NAME) != null)
                ? verifier
                : JdPayKeys.topLevelVerifier(properties, verifier, clock);
        merchants.add(merchant(DEFAULT_NAME, "jdpay.", properties, properties)
                .cipher(cipher)
                .signer(signer)
                .verifier(topLevel)
                .build());
        // Platforms give many merchants one key file: each distinct key is read and checked once, not per merchant.
        Map<String, JdPaySigner> signers = new HashMap<>();
        for (Map.Entry<String, JdPayMerchantProperties> entry :
                properties.getMerchants().entrySet()) {
            String name = entry.getKey();
            String prefix = "jdpay.merchants." + name + ".";
            if (DEFAULT_NAME.equals(name)) {
                throw new InvalidConfigurationPropertyValueException(
                        "jdpay.merchants.default", name, "'default' names the top-level jdpay.* merchant");
            }
            if (AggregateNotification.MERCHANT_NAME.equals(name)) {
                // Handlers and JdPayExpectedAmounts tell merchants apart by name only.
                throw new InvalidConfigurationPropertyValueException(
                        "jdpay.merchants.aggregate", name, "'aggregate' names the jdpay.aggregate.* merchant");
            }
            JdPayMerchantProperties extra = entry.getValue();
            JdPayMerchantCrypto provided = provided(cryptoProvider, name);
            if (provided != null) {
                merchants.add(merchant(name, prefix, extra, properties)
                        .cipher(provided.cipher())
                        .signer(provided.signer())
                        .verifier(provided.verifier())
                        .build());
                continue;
            }
            JdPayVerifier own = JdPayKeys.jdVerifier(prefix, extra, clock);
            merchants.add(merchant(name, prefix, extra, properties)
                    .cipher(JdPayKeys.cipher(prefix + "des-key", extra.getDesKey()))
                    .signer(signer(signers, prefix + "private-key", extra.getPrivateKey()))
                    .verifier((own != null) ? own : topLevel)
                    .build());
        }
        return new ConfiguredMerchants(merchants);
    }

    private static JdPaySigner signer(Map<String, JdPaySigner> signers, String property, @Nullable String value) {
        if (value == null) {
            return JdPayKeys.signer(property, value);
        }
        JdPaySigner known = signers.get(value);
        if (known != null) {
            return known;
        }
        JdPaySigner made = JdPayKeys.signer(property, value);
        signers.put(value, made);
        return made;
    }

    /** What the provider, if any, supplies for the merchant named {@code name}. */
    static @Nullable JdPayMerchantCrypto provided(@Nullable JdPayMerchantCryptoProvider provider, String name) {
        return (provider != null) ? provider.crypto(name) : null;
    }

    /** The aggregate merchant of {@code jdpay.aggregate.*} with its crypto. */
    static JdPayAggregateMerchant aggregate(
            JdPayAggregateProperties aggregate, AggregateCipher cipher, AggregateSigner signer) {
        String prefix = "jdpay.aggregate.";
        return new JdPayAggregateMerchant(
                merchantNo(prefix, aggregate.getMerchantNo()),
                Objects.requireNonNull(check(
                        prefix + "system-id", aggregate.getSystemId(), v -> FieldRules.required("systemId", v, 64))),
                cipher,
                signer,
                check(prefix + "notify-url", aggregate.getNotifyUrl(), v -> FieldRules.url("notifyUrl", v)));
    }

    private static String merchantNo(String prefix, @Nullable String merchantNo) {
        if (merchantNo == null || !MERCHANT_NO.matcher(merchantNo.trim()).matches()) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "merchant-no", merchantNo, "must be the merchant number JD assigned (digits)");
        }
        return merchantNo.trim();
    }

    private static JdPayMerchant.Builder merchant(
            String name, String prefix, JdPayMerchantProperties merchant, JdPayProperties shared) {
        return JdPayMerchant.builder(name, merchantNo(prefix, merchant.getMerchantNo()))
                .md5Key(merchant.getMd5Key())
                .appId(check(prefix + "app-id", merchant.getAppId(), v -> FieldRules.optional("appId", v, 64)))
                .notifyUrl(check(
                        prefix + "notify-url",
                        inherit(merchant, shared, JdPayMerchantProperties::getNotifyUrl),
                        v -> FieldRules.url("notifyUrl", v)))
                .callbackUrl(check(
                        prefix + "callback-url",
                        inherit(merchant, shared, JdPayMerchantProperties::getCallbackUrl),
                        v -> FieldRules.url("callbackUrl", v)));
    }

    private static @Nullable String inherit(
            JdPayMerchantProperties merchant,
            JdPayProperties shared,
            Function<JdPayMerchantProperties, @Nullable String> getter) {
        String own = getter.apply(merchant);
        return (own != null) ? own : getter.apply(shared);
    }

    private static @Nullable String check(
            String property, @Nullable String value, Function<@Nullable String, @Nullable String> rule) {
        try {
            return rule.apply(value);
        } catch (JdPayValidationException ex) {
            throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
        }
    }
}
