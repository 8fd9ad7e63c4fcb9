-- The table of io.github.jdpay.merchant.jdbc.JdbcJdPayMerchantRegistry: one row per JD Pay 2.0 merchant.
-- Key columns hold locations (file:, classpath:, kek:<Base64> or a JdPayKeyResolver's scheme), not keys;
-- jd_public_key holds one or more locations, newest first, separated by commas. A row is read again only when its
-- version changes: bump it with every change. Standard SQL, run as is by H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS jdpay_merchant (
    name          VARCHAR(64)   NOT NULL,
    merchant_no   VARCHAR(32)   NOT NULL,
    app_id        VARCHAR(64),
    notify_url    VARCHAR(1024),
    callback_url  VARCHAR(1024),
    des_key       VARCHAR(4096),
    private_key   VARCHAR(8192),
    jd_public_key VARCHAR(8192),
    md5_key       VARCHAR(4096),
    enabled       BOOLEAN       DEFAULT TRUE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT jdpay_merchant_pk PRIMARY KEY (name),
    CONSTRAINT jdpay_merchant_merchant_no_uk UNIQUE (merchant_no)
);
