-- The shop's own tables; Spring Boot runs this file at start-up against the embedded H2 database.
CREATE TABLE IF NOT EXISTS shop_order (
    trade_num             VARCHAR(32)   NOT NULL PRIMARY KEY,
    merchant_no           VARCHAR(32)   NOT NULL,
    -- 32 characters as the API counts them (code points, JD's rule) are up to 64 UTF-16 units, which H2 counts.
    title                 VARCHAR(64)   NOT NULL,
    amount_fen            BIGINT        NOT NULL CHECK (amount_fen > 0),
    channel               VARCHAR(16)   NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    refunded_fen          BIGINT        NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
    notifications_handled INT           NOT NULL DEFAULT 0,
    jd_order_id           VARCHAR(64),
    pay_url               VARCHAR(1024),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at               TIMESTAMP WITH TIME ZONE
);

CREATE INDEX IF NOT EXISTS shop_order_created ON shop_order (created_at);

CREATE TABLE IF NOT EXISTS shop_refund (
    refund_trade_num VARCHAR(32) NOT NULL PRIMARY KEY,
    trade_num        VARCHAR(32) NOT NULL REFERENCES shop_order (trade_num),
    kind             VARCHAR(8)  NOT NULL,
    amount_fen       BIGINT      NOT NULL CHECK (amount_fen > 0),
    status           VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS shop_refund_order ON shop_refund (trade_num);
