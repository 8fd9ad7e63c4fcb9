package io.github.jdpay.merchant.jdbc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** One row of the {@code jdpay_merchant} table as read, key columns still locations. */
record MerchantRow(
        String name,
        String merchantNo,
        @Nullable String appId,
        @Nullable String notifyUrl,
        @Nullable String callbackUrl,
        @Nullable String desKey,
        @Nullable String privateKey,
        @Nullable String jdPublicKey,
        @Nullable String md5Key,
        boolean enabled,
        long version) {

    private static final String SELECT = "SELECT name, merchant_no, app_id, notify_url, callback_url, des_key,"
            + " private_key, jd_public_key, md5_key, enabled, version FROM " + JdbcJdPayMerchantRegistry.TABLE
            + " ORDER BY name";

    /** All rows of the table, by name. */
    static List<MerchantRow> readAll(JdbcTemplate jdbc) {
        return jdbc.query(
                SELECT,
                (rs, i) -> new MerchantRow(
                        rs.getString("name"),
                        rs.getString("merchant_no"),
                        rs.getString("app_id"),
                        rs.getString("notify_url"),
                        rs.getString("callback_url"),
                        rs.getString("des_key"),
                        rs.getString("private_key"),
                        rs.getString("jd_public_key"),
                        rs.getString("md5_key"),
                        rs.getBoolean("enabled"),
                        rs.getLong("version")));
    }
}
