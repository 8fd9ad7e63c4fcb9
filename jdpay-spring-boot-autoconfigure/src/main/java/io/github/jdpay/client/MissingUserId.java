package io.github.jdpay.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Says once per merchant, at WARN, that APP orders are placed without the merchant's user id, and what the payer
 * loses by it; later ones at DEBUG, so that a shop that never sends one does not fill its log.
 */
final class MissingUserId {

    private static final Log logger = LogFactory.getLog(MissingUserId.class);

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    void warn(String merchantNo, String tradeNum) {
        if (this.warned.add(merchantNo)) {
            logger.warn("JD Pay APP order " + tradeNum + " of merchant " + merchantNo + " has no userId: JD cannot bind"
                    + " the payer's JD account to your user, so every payment asks the payer to log in again; pass"
                    + " createAppPayment(userId, request). Said once; later orders without userId are logged at DEBUG");
        } else if (logger.isDebugEnabled()) {
            logger.debug("JD Pay APP order " + tradeNum + " of merchant " + merchantNo + " has no userId");
        }
    }
}
