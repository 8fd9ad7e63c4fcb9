package io.github.jdpay.test;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.test.notify.FlippingSigner;
import io.github.jdpay.test.notify.JdPayNotifications;
import java.security.PublicKey;

/**
 * A JD Pay 2.0 merchant as the simulator knows it: its DES key and public key, wired into JD's side of the codecs.
 *
 * @param badSignatureCodec seals answers whose signature does not verify, for the injected fault
 * @param badSignatureFormCodec seals page callbacks whose signature does not verify
 */
record SimulatedMerchant(
        String merchantNo,
        String name,
        JdPayXmlCodec codec,
        JdPayXmlCodec badSignatureCodec,
        JdPayFormCodec formCodec,
        JdPayFormCodec badSignatureFormCodec,
        JdPayNotifications notifications) {

    static SimulatedMerchant of(
            String merchantNo, String name, byte[] desKey, PublicKey merchantPublicKey, JdPaySigner jdSigner) {
        JdPayCipher cipher = new JdTripleDesCipher(desKey);
        RsaJdPayVerifier verifier = new RsaJdPayVerifier(merchantPublicKey);
        JdPaySigner flipping = new FlippingSigner(jdSigner);
        return new SimulatedMerchant(
                merchantNo,
                name,
                new JdPayXmlCodec(cipher, jdSigner, verifier),
                new JdPayXmlCodec(cipher, flipping, verifier),
                new JdPayFormCodec(cipher, jdSigner, verifier),
                new JdPayFormCodec(cipher, flipping, verifier),
                new JdPayNotifications(merchantNo, cipher, jdSigner));
    }

    @Override
    public String toString() {
        return "SimulatedMerchant[" + this.merchantNo + "]";
    }
}
