package io.github.jdpay.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observation of every call to JD Pay's gateway: what it is named and which keys it carries. */
public enum JdPayClientObservationDocumentation implements ObservationDocumentation {

    /**
     * One call to JD, from the request's fields through signing, the HTTP exchange (the HTTP client's observation is
     * its child) and the verification of JD's answer.
     */
    CLIENT_REQUESTS {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultJdPayClientObservationConvention.class;
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

        /** JD's name of the interface, such as {@code uniorder}, {@code query} or {@code refund}. */
        OPERATION {
            @Override
            public String asString() {
                return "jdpay.operation";
            }
        },

        /** The configured name of the merchant ({@code default} for the top-level one), never its number. */
        MERCHANT {
            @Override
            public String asString() {
                return "jdpay.merchant";
            }
        },

        /** How the call ended: one of {@link JdPayClientOutcome}. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /** JD's result code of an {@code API_ERROR}, {@code none} otherwise. */
        CODE {
            @Override
            public String asString() {
                return "jdpay.code";
            }
        }
    }

    /** Keys with many values: span attributes only, never metric tags. */
    public enum HighCardinalityKeys implements KeyName {

        /** The merchant's trade number of the call, {@code none} for calls without one. */
        TRADE_NUM {
            @Override
            public String asString() {
                return "jdpay.trade-num";
            }
        }
    }
}
