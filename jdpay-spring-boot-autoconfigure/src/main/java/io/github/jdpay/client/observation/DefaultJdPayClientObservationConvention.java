package io.github.jdpay.client.observation;

import io.github.jdpay.client.observation.JdPayClientObservationDocumentation.HighCardinalityKeys;
import io.github.jdpay.client.observation.JdPayClientObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The tags of {@code jdpay.client.requests} as documented in {@link JdPayClientObservationDocumentation}: operation,
 * merchant name, outcome and JD's result code as low-cardinality keys; the trade number only as a span attribute.
 */
public class DefaultJdPayClientObservationConvention implements JdPayClientObservationConvention {

    /** Name of the observation, and of the timer it makes. */
    public static final String NAME = "jdpay.client.requests";

    private static final KeyValue CODE_NONE = KeyValue.of(LowCardinalityKeys.CODE, "none");

    private static final KeyValue TRADE_NUM_NONE = KeyValue.of(HighCardinalityKeys.TRADE_NUM, "none");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(JdPayClientObservationContext context) {
        return "jdpay " + context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(JdPayClientObservationContext context) {
        String code = context.getCode();
        return KeyValues.of(
                KeyValue.of(LowCardinalityKeys.OPERATION, context.getOperation()),
                KeyValue.of(LowCardinalityKeys.MERCHANT, context.getMerchantName()),
                KeyValue.of(LowCardinalityKeys.OUTCOME, context.getOutcome().name()),
                (code != null) ? KeyValue.of(LowCardinalityKeys.CODE, code) : CODE_NONE);
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(JdPayClientObservationContext context) {
        String tradeNum = context.getTradeNum();
        return KeyValues.of((tradeNum != null) ? KeyValue.of(HighCardinalityKeys.TRADE_NUM, tradeNum) : TRADE_NUM_NONE);
    }
}
