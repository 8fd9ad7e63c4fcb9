package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jdpay.notify.idempotency.IdempotencyStore.Claim;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link InMemoryIdempotencyStore}: the contract, with one store standing for the single instance, and its bound. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(this.times, 1000);

    /** A store with room for two keys. */
    private final InMemoryIdempotencyStore small = new InMemoryIdempotencyStore(this.times, 2);

    @Override
    IdempotencyStore instance() {
        return this.store;
    }

    @Test
    void aFullStoreDropsExpiredKeysFirst() {
        handled(this.small, "a");
        handled(this.small, "b");
        advance(TIME_TO_LIVE.plusMinutes(1));

        assertThat(this.small.claim("c")).isEqualTo(Claim.NEW);
        assertThat(this.small.size()).isEqualTo(1);
    }

    @Test
    void aFullStoreThenDropsHandledKeysOlderThanJdsRetryWindow() {
        handled(this.small, "a");
        advance(IdempotencyTimes.MIN_TIME_TO_LIVE.plusMinutes(1));
        handled(this.small, "b");

        assertThat(this.small.claim("c")).isEqualTo(Claim.NEW);
        assertThat(this.small.claim("b")).isEqualTo(Claim.DONE);
        assertThat(this.small.size()).isEqualTo(2);
    }

    @Test
    void aStoreFullOfRecentKeysRefusesNewClaimsRatherThanForgetOne() {
        handled(this.small, "a");
        this.small.claim("b");
        advance(Duration.ofHours(2));

        assertThatIllegalStateException()
                .isThrownBy(() -> this.small.claim("c"))
                .withMessageContaining("JDBC store");
        assertThat(this.small.claim("a")).isEqualTo(Claim.DONE);
    }

    @Test
    void timesBelowJdsRetryWindowAreRefused() {
        assertThat(IdempotencyTimes.defaults().timeToLive()).isEqualTo(Duration.ofHours(24));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdempotencyTimes(Duration.ofMinutes(5), Duration.ofHours(2), Instant::now))
                .withMessageContaining("at least PT3H");
    }

    private static void handled(IdempotencyStore store, String key) {
        assertThat(store.claim(key)).isEqualTo(Claim.NEW);
        store.complete(key);
    }
}
