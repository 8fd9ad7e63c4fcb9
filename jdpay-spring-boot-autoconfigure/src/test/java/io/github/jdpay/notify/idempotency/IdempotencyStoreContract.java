package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.notify.idempotency.IdempotencyStore.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} promises; a subclass runs it against one implementation. */
abstract class IdempotencyStoreContract {

    static final Duration IN_PROGRESS_TIMEOUT = Duration.ofMinutes(5);

    static final Duration TIME_TO_LIVE = Duration.ofHours(24);

    static final int THREADS = 16;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-18T08:00:00Z"));

    /** Times on a clock that only {@link #advance(Duration)} moves, shared by every instance of a test. */
    final IdempotencyTimes times = new IdempotencyTimes(IN_PROGRESS_TIMEOUT, TIME_TO_LIVE, this.now::get);

    void advance(Duration duration) {
        this.now.updateAndGet(instant -> instant.plus(duration));
    }

    /** A store on the shared state: for a database, each call stands for another instance of the application. */
    abstract IdempotencyStore instance();

    @Test
    void aFirstClaimIsNewAndItsTwinIsInProgress() {
        IdempotencyStore store = instance();

        assertThat(store.claim("22294531:0:2:T1")).isEqualTo(Claim.NEW);
        assertThat(store.claim("22294531:0:2:T1")).isEqualTo(Claim.IN_PROGRESS);
        assertThat(instance().claim("22294531:0:2:T1")).isEqualTo(Claim.IN_PROGRESS);
    }

    @Test
    void aCompletedKeyIsDoneForEveryInstance() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:T2");

        store.complete("22294531:0:2:T2");

        assertThat(store.claim("22294531:0:2:T2")).isEqualTo(Claim.DONE);
        assertThat(instance().claim("22294531:0:2:T2")).isEqualTo(Claim.DONE);
    }

    @Test
    void aReleasedKeyIsNewAgain() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:T3");

        store.release("22294531:0:2:T3");

        assertThat(instance().claim("22294531:0:2:T3")).isEqualTo(Claim.NEW);
    }

    @Test
    void releaseNeverForgetsACompletedKey() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:T4");
        store.complete("22294531:0:2:T4");

        store.release("22294531:0:2:T4");

        assertThat(store.claim("22294531:0:2:T4")).isEqualTo(Claim.DONE);
    }

    @Test
    void keysDifferingInStatusOrKindAreDifferentNotifications() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:3:T5");
        store.complete("22294531:0:3:T5");

        assertThat(store.claim("22294531:0:2:T5")).isEqualTo(Claim.NEW);
        assertThat(store.claim("22294531:1:1:T5")).isEqualTo(Claim.NEW);
    }

    @Test
    void aClaimWithinItsTimeoutBlocksItsTwins() {
        instance().claim("22294531:0:2:T6");
        advance(IN_PROGRESS_TIMEOUT.minusSeconds(1));

        assertThat(instance().claim("22294531:0:2:T6")).isEqualTo(Claim.IN_PROGRESS);
    }

    @Test
    void aStaleClaimIsTakenOverOnce() {
        instance().claim("22294531:0:2:T7");
        advance(IN_PROGRESS_TIMEOUT.plusSeconds(1));

        assertThat(instance().claim("22294531:0:2:T7")).isEqualTo(Claim.NEW);
        assertThat(instance().claim("22294531:0:2:T7")).isEqualTo(Claim.IN_PROGRESS);
    }

    @Test
    void aCompletedKeyIsRememberedForItsTimeToLive() {
        IdempotencyStore store = instance();
        store.claim("22294531:0:2:T8");
        store.complete("22294531:0:2:T8");

        advance(TIME_TO_LIVE.minusMinutes(1));
        assertThat(store.claim("22294531:0:2:T8")).isEqualTo(Claim.DONE);
        advance(Duration.ofMinutes(2));
        assertThat(store.claim("22294531:0:2:T8")).isEqualTo(Claim.NEW);
    }

    @Test
    void concurrentClaimsFromSeveralInstancesGiveExactlyOneNew() throws Exception {
        List<IdempotencyStore> instances = List.of(instance(), instance());
        for (int key = 0; key < 5; key++) {
            String id = "22294531:0:2:RACE" + key;
            assertThat(race(i -> instances.get(i % 2).claim(id)))
                    .as("claims of " + id)
                    .containsOnlyOnce(Claim.NEW)
                    .containsOnly(Claim.NEW, Claim.IN_PROGRESS);
        }
    }

    @Test
    void concurrentTakeOversOfAStaleClaimGiveExactlyOneNew() throws Exception {
        List<IdempotencyStore> instances = List.of(instance(), instance());
        for (int key = 0; key < 5; key++) {
            String id = "22294531:0:2:STALE" + key;
            instances.get(0).claim(id);
            advance(IN_PROGRESS_TIMEOUT.plusSeconds(1));
            assertThat(race(i -> instances.get(i % 2).claim(id)))
                    .as("take-overs of " + id)
                    .containsOnlyOnce(Claim.NEW)
                    .containsOnly(Claim.NEW, Claim.IN_PROGRESS);
        }
    }

    /** Runs a claim on {@link #THREADS} threads released together, and returns what each found. */
    static List<Claim> race(ClaimCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<Claim> task = () -> {
                    start.await();
                    return call.claim(index);
                };
                claims.add(pool.submit(task));
            }
            List<Claim> found = new ArrayList<>();
            for (Future<Claim> claim : claims) {
                found.add(claim.get());
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's claim. */
    interface ClaimCall {

        Claim claim(int thread);
    }
}
