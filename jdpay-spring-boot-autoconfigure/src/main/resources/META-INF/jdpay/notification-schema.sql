-- The table of io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore: one row per JD notification claimed or handled.
-- Standard SQL, run as is by H2 and PostgreSQL; adapt the timestamp type for other databases.
CREATE TABLE IF NOT EXISTS jdpay_notification (
    notification_key VARCHAR(255) NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT jdpay_notification_pk PRIMARY KEY (notification_key)
);
