package io.github.jdpay.test;

import io.github.jdpay.protocol.aggregate.AggregateDialect;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import io.github.jdpay.protocol.aggregate.ScanUrlTransport;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The form one aggregate request arrived in, and the simulator's verdict on it when it was told to accept only one
 * {@link AggregateDialect}: so a test proves which dialect the client really sends.
 *
 * @param transport JSON body, or the envelope's fields as form or query parameters
 * @param cipherText the text form of its {@code cipherJson}
 */
record AggregateWireForm(ScanUrlTransport transport, CipherTextEncoding cipherText) {

    /**
     * Why a request does not match {@code only}, or {@code null} when it does (or when {@code only} is
     * {@code null}: every form accepted).
     */
    @Nullable
    String mismatch(@Nullable AggregateDialect only, boolean payx, Map<String, String> plain) {
        if (only == null) {
            return null;
        }
        CipherTextEncoding expected = payx ? only.scanUrlCipherText() : only.apiCipherText();
        if (this.cipherText != expected) {
            return "cipherJson须为" + expected.name() + "编码";
        }
        if (!payx) {
            return (this.transport == ScanUrlTransport.JSON) ? null : "须以JSON报文提交";
        }
        if (this.transport != only.scanUrlTransport()) {
            return "须以" + only.scanUrlTransport().name() + "方式提交";
        }
        ScanUrlFieldNames names = ScanUrlFieldNames.of(plain);
        if (names != only.scanUrlFieldNames()) {
            return "字段名须为" + only.scanUrlFieldNames().name() + "形式（"
                    + only.scanUrlFieldNames().name("outTradeNo") + "）";
        }
        return null;
    }
}
