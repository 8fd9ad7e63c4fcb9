package io.github.jdpay.autoconfigure;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** HTTP client settings for calls to JD. */
public class JdPayHttpProperties {

    /** Longest wait to open a connection to JD. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** Longest wait for JD's answer once the request is sent. */
    private Duration readTimeout = Duration.ofSeconds(15);

    /** Largest answer accepted from JD. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(1);

    private final Retry retry = new Retry();

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return this.readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public DataSize getMaxResponseSize() {
        return this.maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Retry getRetry() {
        return this.retry;
    }

    /** Retries of read-only calls (query, queryRefund, getUserRelation); calls that move money are never retried. */
    public static class Retry {

        /** Attempts in all, the first included; 1 disables retries. */
        private int maxAttempts = 3;

        /** Wait before the second attempt, doubled for each further one, with random jitter. */
        private Duration initialBackoff = Duration.ofMillis(100);

        /** Longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(2);

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return this.initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return this.maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
