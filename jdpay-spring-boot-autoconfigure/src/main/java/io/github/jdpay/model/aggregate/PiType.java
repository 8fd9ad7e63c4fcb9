package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Codes;
import org.jspecify.annotations.Nullable;

/** The wallet or network a payer pays with ({@code piType}); the wire code is the constant's name. */
public enum PiType {

    /** JD Pay (京东支付). */
    JDPAY,

    /** WeChat Pay (微信支付). */
    WX,

    /** Alipay (支付宝). */
    ALIPAY,

    /** UnionPay (银联). */
    UNIPAY,

    /** Apple Pay. */
    APPLEPAY,

    /** A type this version does not know (only ever read from JD, never sent). */
    UNKNOWN;

    /** The type for JD's code; {@link #UNKNOWN} for one this version does not know or an absent one. */
    public static PiType fromCode(@Nullable String code) {
        return Codes.find(values(), PiType::name, code, UNKNOWN);
    }
}
