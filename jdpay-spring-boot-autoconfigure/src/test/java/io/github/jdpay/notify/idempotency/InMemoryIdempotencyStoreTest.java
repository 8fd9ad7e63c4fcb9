package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore.Outcome;
import io.github.jdpay.notify.idempotency.LeasedIdempotencyStore.Lease;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link InMemoryIdempotencyStore}: the contract, with one store standing for the single instance; its fenced lease
 * primitives; its bound.
 */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(this.times, 1000, this.renewals);

    /** A store with room for two keys. */
    private final InMemoryIdempotencyStore small = new InMemoryIdempotencyStore(this.times, 2, this.renewals);

    @Override
    IdempotencyStore instance() {
        return this.store;
    }

    @Override
    IdempotencyStore failingInstance() {
        InMemoryIdempotencyStore full = new InMemoryIdempotencyStore(this.times, 1, this.renewals);
        full.claim("22294531:0:2:HELD", LEASE);
        return full;
    }

    /** A dead instance renews nothing: its lease runs out. */
    @Override
    void crash(IdempotencyStore holder) {
        advance(LEASE.plusSeconds(1));
    }

    @Test
    void renewalsRunEveryThirdOfTheLeaseWhileTheWorkRunsAndStopAfter() throws Exception {
        Holder holder = hold(this.store, "22294531:0:2:R1");

        assertThat(this.renewals.active()).isEqualTo(1);
        assertThat(this.renewals.periods()).containsExactly(LEASE.dividedBy(3));
        holder.finish();
        assertThat(this.renewals.active()).isZero();
    }

    @Test
    void aTakenOverTokenCanNeitherRenewNorCompleteNorRelease() {
        Lease first = this.store.claim("22294531:0:2:F1", LEASE);
        advance(LEASE.plusSeconds(1));
        Lease second = this.store.claim("22294531:0:2:F1", LEASE);

        assertThat(first.state()).isEqualTo(Lease.State.NEW);
        assertThat(second.state()).isEqualTo(Lease.State.NEW);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(this.store.renew("22294531:0:2:F1", first.token(), LEASE)).isFalse();
        assertThat(this.store.complete("22294531:0:2:F1", first.token(), TIME_TO_LIVE))
                .isFalse();
        this.store.release("22294531:0:2:F1", first.token());
        assertThat(this.store.claim("22294531:0:2:F1", LEASE)).isEqualTo(Lease.IN_PROGRESS);
        assertThat(this.store.complete("22294531:0:2:F1", second.token(), TIME_TO_LIVE))
                .isTrue();
        assertThat(this.store.claim("22294531:0:2:F1", LEASE)).isEqualTo(Lease.DONE);
    }

    @Test
    void aRenewedLeaseHoldsFromTheRenewalOn() {
        Lease lease = this.store.claim("22294531:0:2:F2", LEASE);
        advance(LEASE.minusSeconds(5));

        assertThat(this.store.renew("22294531:0:2:F2", lease.token(), LEASE)).isTrue();
        advance(LEASE.minusSeconds(5));
        assertThat(this.store.claim("22294531:0:2:F2", LEASE)).isEqualTo(Lease.IN_PROGRESS);
        advance(Duration.ofSeconds(10));
        assertThat(this.store.claim("22294531:0:2:F2", LEASE).state()).isEqualTo(Lease.State.NEW);
    }

    @Test
    void aCompletedKeyIsNeitherReleasedNorRenewed() {
        Lease lease = this.store.claim("22294531:0:2:F3", LEASE);
        this.store.complete("22294531:0:2:F3", lease.token(), TIME_TO_LIVE);

        this.store.release("22294531:0:2:F3", lease.token());

        assertThat(this.store.renew("22294531:0:2:F3", lease.token(), LEASE)).isFalse();
        assertThat(this.store.claim("22294531:0:2:F3", LEASE)).isEqualTo(Lease.DONE);
    }

    @Test
    void aFullStoreDropsExpiredKeysFirst() throws Exception {
        handled(this.small, "a");
        handled(this.small, "b");
        advance(TIME_TO_LIVE.plusMinutes(1));

        assertThat(this.small.claim("c", LEASE).state()).isEqualTo(Lease.State.NEW);
        assertThat(this.small.size()).isEqualTo(1);
    }

    @Test
    void aFullStoreThenDropsHandledKeysOlderThanJdsRetryWindow() throws Exception {
        handled(this.small, "a");
        advance(IdempotencyTimes.MIN_TIME_TO_LIVE.plusMinutes(1));
        handled(this.small, "b");

        assertThat(this.small.claim("c", LEASE).state()).isEqualTo(Lease.State.NEW);
        assertThat(this.small.claim("b", LEASE)).isEqualTo(Lease.DONE);
        assertThat(this.small.size()).isEqualTo(2);
    }

    @Test
    void aStoreFullOfRecentKeysRefusesNewClaimsRatherThanForgetOne() throws Exception {
        handled(this.small, "a");
        this.small.claim("b", LEASE);
        advance(Duration.ofSeconds(10));

        assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                .isThrownBy(() -> this.small.runOnce("c", this::neverRuns))
                .withMessageContaining("JDBC store");
        assertThat(this.small.runOnce("a", this::neverRuns)).isEqualTo(Outcome.DONE);
    }

    @Test
    void timesOutsideTheirBoundsAreRefused() {
        assertThat(IdempotencyTimes.defaults())
                .extracting(IdempotencyTimes::lease, IdempotencyTimes::timeToLive, IdempotencyTimes::timeout)
                .containsExactly(Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofSeconds(2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdempotencyTimes(LEASE, Duration.ofHours(2), TIMEOUT, Instant::now))
                .withMessageContaining("at least PT3H");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdempotencyTimes(LEASE, TIME_TO_LIVE, Duration.ofSeconds(11), Instant::now))
                .withMessageStartingWith("timeout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdempotencyTimes(Duration.ZERO, TIME_TO_LIVE, TIMEOUT, Instant::now))
                .withMessageStartingWith("lease");
    }

    private static void handled(IdempotencyStore store, String key) throws Exception {
        assertThat(store.runOnce(key, () -> {})).isEqualTo(Outcome.HANDLED);
    }
}
