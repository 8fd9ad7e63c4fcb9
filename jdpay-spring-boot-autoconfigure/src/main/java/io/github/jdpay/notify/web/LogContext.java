package io.github.jdpay.notify.web;

import io.github.jdpay.notify.observation.JdPayNotificationObservationContext;
import org.slf4j.MDC;

/**
 * The notification's identifiers in SLF4J's MDC, so that structured log formats show them as fields; nothing when
 * SLF4J is absent.
 */
final class LogContext {

    /** MDC key of the configured merchant name. */
    static final String MERCHANT = "jdpay.merchant";

    /** MDC key of the trade number. */
    static final String TRADE_NUM = "jdpay.tradeNum";

    /** MDC key of the kind: trade, refund or aggregate. */
    static final String KIND = "jdpay.kind";

    private static final boolean SLF4J = present();

    private LogContext() {}

    private static boolean present() {
        try {
            Class.forName("org.slf4j.MDC", false, LogContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** Puts the identifiers; whether there was somewhere to put them. */
    static boolean put(JdPayNotificationObservationContext context) {
        if (!SLF4J) {
            return false;
        }
        MDC.put(MERCHANT, context.getMerchantName());
        MDC.put(TRADE_NUM, context.getTradeNum());
        MDC.put(KIND, context.getKind());
        return true;
    }

    static void remove() {
        MDC.remove(MERCHANT);
        MDC.remove(TRADE_NUM);
        MDC.remove(KIND);
    }
}
