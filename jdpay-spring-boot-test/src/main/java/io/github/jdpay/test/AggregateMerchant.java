package io.github.jdpay.test;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.protocol.aggregate.AggregateCodec;

/**
 * An aggregate-pay (聚合支付) merchant as the simulator knows it: its 3DES and MD5 keys wired into the codec.
 *
 * @param badSignatureCodec seals replies with a sign made with another MD5 key, for the injected fault
 */
record AggregateMerchant(String merchantNo, AggregateCodec codec, AggregateCodec badSignatureCodec) {

    static AggregateMerchant of(String merchantNo, byte[] desKey, String md5Key) {
        AggregateTripleDesCipher cipher = new AggregateTripleDesCipher(desKey);
        return new AggregateMerchant(
                merchantNo,
                new AggregateCodec(cipher, new Md5AggregateSigner(md5Key)),
                new AggregateCodec(cipher, new Md5AggregateSigner(md5Key + "-not-the-key")));
    }

    @Override
    public String toString() {
        return "AggregateMerchant[" + this.merchantNo + "]";
    }
}
