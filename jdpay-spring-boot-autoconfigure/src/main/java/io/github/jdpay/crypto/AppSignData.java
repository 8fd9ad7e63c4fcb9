package io.github.jdpay.crypto;

/** The {@code signData} that JD's APP SDK expects beside {@code orderId}, {@code merchant} and {@code appId}. */
public final class AppSignData {

    private AppSignData() {}

    /**
     * Computes {@code lowercaseHex(MD5("merchant=" + merchant + "&orderId=" + orderId + "&key=" + md5Key))}, with the
     * fields in that fixed order.
     */
    public static String compute(String merchant, String orderId, String md5Key) {
        return Digests.md5Hex("merchant=" + merchant + "&orderId=" + orderId + "&key=" + md5Key);
    }
}
