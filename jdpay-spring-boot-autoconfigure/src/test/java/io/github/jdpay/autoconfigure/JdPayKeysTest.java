package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayKeyException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up check of a merchant's private key: a whole key passes and signs, any damaged part stops start-up. */
class JdPayKeysTest {

    private static final String KEY = "classpath:keys/merchant-22294531-private.pem";

    @Test
    void aWholeKeyPassesAndItsSignaturesVerifyWithItsPublicHalf() {
        byte[] content = "order".getBytes(StandardCharsets.UTF_8);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyLoader.privateKey("key", KEY);
        assertThat(KeyLoader.consistent(key)).isTrue();
        String signature = JdPayKeys.signer("jdpay.private-key", KEY).sign(content);
        assertThat(new RsaJdPayVerifier(KeyLoader.publicKeyOf(key)).verify(content, signature))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "modulus",
                "publicExponent",
                "privateExponent",
                "primeP",
                "primeQ",
                "exponentP",
                "exponentQ",
                "coefficient"
            })
    void aKeyWithOneDamagedPartStopsStartUpNamingTheProperty(String part) throws Exception {
        RSAPrivateCrtKey whole = (RSAPrivateCrtKey) KeyLoader.privateKey("key", KEY);
        String damaged = pkcs8(damage(whole, part, value -> value.add(BigInteger.TWO)));

        assertThatThrownBy(() -> JdPayKeys.signer("jdpay.merchants.shop2.private-key", damaged))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("jdpay.merchants.shop2.private-key")
                .hasMessageContaining("damaged");
    }

    @Test
    void primesOfOneAreRefusedRatherThanDividedBy() throws Exception {
        RSAPrivateCrtKey whole = (RSAPrivateCrtKey) KeyLoader.privateKey("key", KEY);
        RSAPrivateCrtKey ones = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateCrtKeySpec(
                        whole.getModulus(),
                        whole.getPublicExponent(),
                        whole.getPrivateExponent(),
                        BigInteger.ONE,
                        BigInteger.ONE,
                        whole.getPrimeExponentP(),
                        whole.getPrimeExponentQ(),
                        whole.getCrtCoefficient()));

        assertThat(KeyLoader.consistent(ones)).isFalse();
    }

    private static RSAPrivateCrtKey damage(RSAPrivateCrtKey key, String part, UnaryOperator<BigInteger> change)
            throws Exception {
        BigInteger[] parts = {
            key.getModulus(),
            key.getPublicExponent(),
            key.getPrivateExponent(),
            key.getPrimeP(),
            key.getPrimeQ(),
            key.getPrimeExponentP(),
            key.getPrimeExponentQ(),
            key.getCrtCoefficient()
        };
        int index =
                switch (part) {
                    case "modulus" -> 0;
                    case "publicExponent" -> 1;
                    case "privateExponent" -> 2;
                    case "primeP" -> 3;
                    case "primeQ" -> 4;
                    case "exponentP" -> 5;
                    case "exponentQ" -> 6;
                    default -> 7;
                };
        parts[index] = change.apply(parts[index]);
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateCrtKeySpec(
                        parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]));
    }

    private static String pkcs8(RSAPrivateCrtKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
