package io.github.jdpay.notify.observation;

import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.observation.JdPayNotificationObservationDocumentation.HighCardinalityKeys;
import io.github.jdpay.notify.observation.JdPayNotificationObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The tags of {@code jdpay.notifications} as documented in {@link JdPayNotificationObservationDocumentation}: kind,
 * merchant name, outcome and rejection reason; the trade number only as a span attribute.
 */
public class DefaultJdPayNotificationObservationConvention implements JdPayNotificationObservationConvention {

    /** Name of the observation, and of the timer it makes. */
    public static final String NAME = "jdpay.notifications";

    private static final KeyValue REASON_NONE = KeyValue.of(LowCardinalityKeys.REASON, "none");

    private static final KeyValue TRADE_NUM_NONE = KeyValue.of(HighCardinalityKeys.TRADE_NUM, "none");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(JdPayNotificationObservationContext context) {
        return "jdpay notification";
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(JdPayNotificationObservationContext context) {
        Reason reason = context.getReason();
        return KeyValues.of(
                KeyValue.of(LowCardinalityKeys.KIND, context.getKind()),
                KeyValue.of(LowCardinalityKeys.MERCHANT, context.getMerchantName()),
                KeyValue.of(LowCardinalityKeys.OUTCOME, context.getOutcome().name()),
                (reason != null) ? KeyValue.of(LowCardinalityKeys.REASON, reason.name()) : REASON_NONE);
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(JdPayNotificationObservationContext context) {
        String tradeNum = context.getTradeNum();
        return KeyValues.of((tradeNum != null) ? KeyValue.of(HighCardinalityKeys.TRADE_NUM, tradeNum) : TRADE_NUM_NONE);
    }
}
