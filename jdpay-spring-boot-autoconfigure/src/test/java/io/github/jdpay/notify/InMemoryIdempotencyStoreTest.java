package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jdpay.notify.IdempotencyStore.Claim;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link InMemoryIdempotencyStore}: the contract, with one store standing for the single instance, and its bound. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(this.times, 1000);

    @Override
    IdempotencyStore instance() {
        return this.store;
    }

    @Test
    void aFullStoreDropsExpiredKeysFirst() {
        InMemoryIdempotencyStore small = new InMemoryIdempotencyStore(this.times, 2);
        handled(small, "a");
        handled(small, "b");
        this.clock.advance(TIME_TO_LIVE.plusMinutes(1));

        assertThat(small.claim("c")).isEqualTo(Claim.NEW);
        assertThat(small.size()).isEqualTo(1);
    }

    @Test
    void aFullStoreThenDropsHandledKeysOlderThanJdsRetryWindow() {
        InMemoryIdempotencyStore small = new InMemoryIdempotencyStore(this.times, 2);
        handled(small, "a");
        this.clock.advance(IdempotencyTimes.MIN_TIME_TO_LIVE.plusMinutes(1));
        handled(small, "b");

        assertThat(small.claim("c")).isEqualTo(Claim.NEW);
        assertThat(small.claim("b")).isEqualTo(Claim.DONE);
        assertThat(small.size()).isEqualTo(2);
    }

    @Test
    void aStoreFullOfRecentKeysRefusesNewClaimsRatherThanForgetOne() {
        InMemoryIdempotencyStore small = new InMemoryIdempotencyStore(this.times, 2);
        handled(small, "a");
        small.claim("b");
        this.clock.advance(Duration.ofHours(2));

        assertThatIllegalStateException().isThrownBy(() -> small.claim("c")).withMessageContaining("JDBC store");
        assertThat(small.claim("a")).isEqualTo(Claim.DONE);
    }

    @Test
    void timesBelowJdsRetryWindowAreRefused() {
        assertThat(IdempotencyTimes.defaults().timeToLive()).isEqualTo(Duration.ofHours(24));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdempotencyTimes(Duration.ofMinutes(5), Duration.ofHours(2), this.clock))
                .withMessageContaining("at least PT3H");
    }

    private static void handled(IdempotencyStore store, String key) {
        assertThat(store.claim(key)).isEqualTo(Claim.NEW);
        store.complete(key);
    }
}
