package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.internal.RangeVerifier;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Verifies with any of several JD public keys, newest first: while JD rotates its key, messages signed with the old
 * one and with the new one are both accepted. The built-in verifiers check in place, so this one does too.
 */
final class JdPublicKeys implements JdPayVerifier, RangeVerifier {

    private final List<RsaJdPayVerifier> verifiers;

    private final String description;

    JdPublicKeys(List<RsaJdPayVerifier> verifiers) {
        this.verifiers = List.copyOf(verifiers);
        this.description = this.verifiers.stream()
                .map(RsaJdPayVerifier::describe)
                .collect(Collectors.joining(", then ", "any of: ", ""));
    }

    @Override
    public boolean verify(byte[] content, String signature) {
        for (RsaJdPayVerifier verifier : this.verifiers) {
            if (verifier.verify(content, signature)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
        for (RsaJdPayVerifier verifier : this.verifiers) {
            if (verifier.verify(content, from, to, cutFrom, cutTo, signature)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return this.description;
    }
}
