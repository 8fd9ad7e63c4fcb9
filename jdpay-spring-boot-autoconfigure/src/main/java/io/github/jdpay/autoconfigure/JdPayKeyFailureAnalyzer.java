package io.github.jdpay.autoconfigure;

import io.github.jdpay.exception.JdPayKeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a JD Pay key that could not be used at start-up: which property, what is wrong, how to fix it. */
class JdPayKeyFailureAnalyzer extends AbstractFailureAnalyzer<JdPayKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, JdPayKeyException cause) {
        String property = cause.getKeyName();
        String description =
                "JD Pay could not use the key configured in '" + property + "':\n\n    " + cause.getMessage();
        return new FailureAnalysis(description, action(property), cause);
    }

    private static String action(String property) {
        if (property.equals("jdpay.aggregate.md5-key")) {
            return "Set '" + property + "' to the aggregate MD5 key (加签密钥) from the JD aggregate-pay merchant"
                    + " console, inline or as a location such as 'file:/etc/jdpay/aggregate-md5.key'.";
        }
        if (property.endsWith("des-key")) {
            return "Set '" + property + "' to the 3DES key from the JD merchant console: 32 characters of Base64 that"
                    + " decode to 24 bytes, inline or as a location such as 'file:/etc/jdpay/des.key'.";
        }
        if (property.endsWith("private-key")) {
            return "Set '" + property + "' to the merchant's RSA private key (PKCS#8 or PKCS#1, PEM or bare Base64),"
                    + " as a location such as 'classpath:jdpay/merchant-private.pem' or 'file:/etc/jdpay/merchant.pem',"
                    + " or as the content itself. Its public half must be the key registered with JD.";
        }
        if (property.endsWith("jd-public-keys")) {
            String single = property.substring(0, property.length() - 1);
            return "Set either '" + single + "' (one key) or '" + property + "' (JD's keys, newest first), not both.";
        }
        if (property.endsWith("jd-public-key") || property.contains("jd-public-keys[")) {
            return "Set '" + property + "' to JD's RSA public key from the JD merchant console ('-----BEGIN PUBLIC"
                    + " KEY-----' PEM or bare Base64), as a location such as 'classpath:jdpay/jd-public.pem' or as"
                    + " the content itself. It is JD's key, not the merchant's.";
        }
        return "Check the value of '" + property + "'.";
    }
}
