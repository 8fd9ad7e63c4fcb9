package io.github.jdpay.test;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a payment order, from whichever interface it came (uniorder, cashier form, fkmPay).
 *
 * @param content the request fields that make two requests "the same order", compared for duplicate trade numbers
 */
record OrderRequest(
        String merchant,
        String channel,
        String tradeNum,
        long amount,
        String currency,
        String tradeName,
        String note,
        @Nullable String userId,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl,
        long expireSeconds,
        Map<String, String> content) {

    /** Fields a retrying client may legitimately regenerate, left out of the duplicate comparison. */
    static final Set<String> VOLATILE_FIELDS = Set.of("version", "merchant", "sign", "tradeTime", "ip");
}
