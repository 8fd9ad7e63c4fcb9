package io.github.jdpay.protocol.statement;

import io.github.jdpay.crypto.Digests;
import java.util.Objects;

/**
 * Signs the {@code data} field of a statement download ({@code md5} of JD's bill service), with the bill key the
 * merchant gave JD, which is none of its other keys. JD's public material shows an MD5 of data and key without showing
 * how they are joined; {@link #md5(String)} appends the key, the likeliest reading. Replace it if JD says otherwise.
 */
@FunctionalInterface
public interface BillSigner {

    /** The {@code md5} field for {@code data}. */
    String sign(String data);

    /** {@code lowercaseHex(MD5(UTF-8(data + billKey)))}. */
    static BillSigner md5(String billKey) {
        Objects.requireNonNull(billKey, "billKey");
        if (billKey.isBlank()) {
            throw new IllegalArgumentException("the bill key must not be blank");
        }
        return data -> Digests.md5Hex(data + billKey);
    }
}
