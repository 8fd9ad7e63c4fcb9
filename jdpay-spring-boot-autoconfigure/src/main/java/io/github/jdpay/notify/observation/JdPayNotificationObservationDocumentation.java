package io.github.jdpay.notify.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observation of every delivery of a notification: what it is named and which keys it carries. */
public enum JdPayNotificationObservationDocumentation implements ObservationDocumentation {

    /** One delivery, from the first byte read to the answer: verification, claim, handler and record. */
    NOTIFICATIONS {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultJdPayNotificationObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeys.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeys.values();
        }
    };

    /** Keys with few values, fit for metric tags. */
    public enum LowCardinalityKeys implements KeyName {

        /** {@code trade}, {@code refund}, {@code aggregate}, or {@code unknown} for one refused before it was read. */
        KIND {
            @Override
            public String asString() {
                return "jdpay.kind";
            }
        },

        /** The configured name of the merchant, {@code unknown} until its keys were found. */
        MERCHANT {
            @Override
            public String asString() {
                return "jdpay.merchant";
            }
        },

        /** How the delivery ended: one of {@link JdPayNotificationOutcome}. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /** Why a {@code REJECTED} delivery was refused (a {@code NotificationRejectedException.Reason}), else none. */
        REASON {
            @Override
            public String asString() {
                return "reason";
            }
        }
    }

    /** Keys with many values: span attributes only, never metric tags. */
    public enum HighCardinalityKeys implements KeyName {

        /** The verified trade number, {@code none} for a delivery refused before it was verified. */
        TRADE_NUM {
            @Override
            public String asString() {
                return "jdpay.trade-num";
            }
        }
    }
}
