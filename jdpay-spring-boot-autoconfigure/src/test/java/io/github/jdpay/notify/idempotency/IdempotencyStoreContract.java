package io.github.jdpay.notify.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} promises; a subclass runs it against one implementation. Time is the test's
 * clock and the test's renewals: nothing here sleeps, and every wait is for a fact, with a generous bound.
 */
abstract class IdempotencyStoreContract {

    static final Duration LEASE = Duration.ofSeconds(30);

    static final Duration TIME_TO_LIVE = Duration.ofHours(24);

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static final int THREADS = 16;

    /** A bound no healthy wait comes near on a loaded machine; reaching it fails the test. */
    static final long PATIENCE_SECONDS = 60;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-18T08:00:00Z"));

    /** Times on a clock that only {@link #advance(Duration)} moves, shared by every instance of a test. */
    final IdempotencyTimes times = new IdempotencyTimes(LEASE, TIME_TO_LIVE, TIMEOUT, this.now::get);

    /** Renewals every instance of a test starts, which run only in {@link #passTimeRenewing(Duration)}. */
    final ManualRenewals renewals = new ManualRenewals();

    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() {
        this.background.shutdownNow();
    }

    void advance(Duration duration) {
        this.now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Lets time pass while the instances are alive: renewals run every third of a lease. */
    void passTimeRenewing(Duration duration) {
        Duration step = LEASE.dividedBy(3);
        for (Duration passed = Duration.ZERO; passed.compareTo(duration) < 0; passed = passed.plus(step)) {
            advance(step);
            this.renewals.runAll();
        }
    }

    /** A store on the shared state: for a database, each call stands for another instance of the application. */
    abstract IdempotencyStore instance();

    /** A store whose backend fails. */
    abstract IdempotencyStore failingInstance();

    /** The instance of {@code holder} dies while its work runs: it renews nothing and commits nothing any more. */
    abstract void crash(IdempotencyStore holder) throws Exception;

    @Test
    void theFirstDeliveryRunsTheWorkAndLaterOnesAreDoneForEveryInstance() throws Exception {
        IdempotencyStore store = instance();
        AtomicInteger runs = new AtomicInteger();

        assertThat(store.runOnce("22294531:0:2:T1", runs::incrementAndGet)).isEqualTo(Outcome.HANDLED);

        assertThat(store.runOnce("22294531:0:2:T1", runs::incrementAndGet)).isEqualTo(Outcome.DONE);
        assertThat(instance().runOnce("22294531:0:2:T1", runs::incrementAndGet)).isEqualTo(Outcome.DONE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysDifferingInStatusOrKindAreDifferentNotifications() throws Exception {
        IdempotencyStore store = instance();
        AtomicInteger runs = new AtomicInteger();
        store.runOnce("22294531:0:3:T2", runs::incrementAndGet);

        assertThat(store.runOnce("22294531:0:2:T2", runs::incrementAndGet)).isEqualTo(Outcome.HANDLED);
        assertThat(store.runOnce("22294531:1:1:T2", runs::incrementAndGet)).isEqualTo(Outcome.HANDLED);
        assertThat(runs).hasValue(3);
    }

    @Test
    void failedWorkPropagatesUnwrappedAndRunsAgainOnTheNextDelivery() throws Exception {
        IdempotencyStore store = instance();
        Exception failure = new Exception("the shop's database refused the order");

        assertThatThrownBy(() -> store.runOnce("22294531:0:2:T3", () -> {
                    throw failure;
                }))
                .isSameAs(failure);

        AtomicInteger runs = new AtomicInteger();
        assertThat(instance().runOnce("22294531:0:2:T3", runs::incrementAndGet)).isEqualTo(Outcome.HANDLED);
        assertThat(runs).hasValue(1);
        assertThat(store.runOnce("22294531:0:2:T3", runs::incrementAndGet)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aDeliveryWhileTheWorkRunsIsInProgressAndThenDone() throws Exception {
        Holder holder = hold(instance(), "22294531:0:2:T4");

        assertThat(instance().runOnce("22294531:0:2:T4", this::neverRuns)).isEqualTo(Outcome.IN_PROGRESS);

        assertThat(holder.finish()).isEqualTo(Outcome.HANDLED);
        assertThat(instance().runOnce("22294531:0:2:T4", this::neverRuns)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aClaimWithinItsLeaseBlocksItsTwinsEvenUnrenewed() throws Exception {
        Holder holder = hold(instance(), "22294531:0:2:T5");
        // A third of the lease to spare: a store on a server's clock (Redis) sees the test's own time pass too.
        advance(LEASE.minus(LEASE.dividedBy(3)));

        assertThat(instance().runOnce("22294531:0:2:T5", this::neverRuns)).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(holder.finish()).isEqualTo(Outcome.HANDLED);
    }

    @Test
    void aSlowWorkKeepsItsClaimLongPastOneLease() throws Exception {
        Holder holder = hold(instance(), "22294531:0:2:T6");

        passTimeRenewing(LEASE.multipliedBy(4));

        assertThat(instance().runOnce("22294531:0:2:T6", this::neverRuns)).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(holder.finish()).isEqualTo(Outcome.HANDLED);
        assertThat(instance().runOnce("22294531:0:2:T6", this::neverRuns)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aCrashedHoldersClaimIsTakenOverAndItCannotCompleteTheNewClaim() throws Exception {
        IdempotencyStore dying = instance();
        Holder crashed = hold(dying, "22294531:0:2:T7");
        crash(dying);
        Holder survivor = hold(instance(), "22294531:0:2:T7");

        Outcome late = crashed.finishOrStoreFailure();

        assertThat(late).isIn(Outcome.HANDLED, null);
        assertThat(instance().runOnce("22294531:0:2:T7", this::neverRuns))
                .as("the survivor still holds the key")
                .isEqualTo(Outcome.IN_PROGRESS);
        assertThat(survivor.finish()).isEqualTo(Outcome.HANDLED);
        assertThat(instance().runOnce("22294531:0:2:T7", this::neverRuns)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aCrashedHolderWhoseWorkFailsLateCannotReleaseTheNewClaim() throws Exception {
        IdempotencyStore dying = instance();
        Holder crashed = hold(dying, "22294531:0:2:T8");
        crash(dying);
        Holder survivor = hold(instance(), "22294531:0:2:T8");

        assertThat(crashed.fail()).isInstanceOfAny(LateFailure.class, JdPayIdempotencyStoreException.class);

        assertThat(instance().runOnce("22294531:0:2:T8", this::neverRuns))
                .as("the survivor still holds the key")
                .isEqualTo(Outcome.IN_PROGRESS);
        assertThat(survivor.finish()).isEqualTo(Outcome.HANDLED);
        assertThat(instance().runOnce("22294531:0:2:T8", this::neverRuns)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aHandledKeyIsRememberedForItsTimeToLive() throws Exception {
        IdempotencyStore store = instance();
        AtomicInteger runs = new AtomicInteger();
        store.runOnce("22294531:0:2:T9", runs::incrementAndGet);

        advance(TIME_TO_LIVE.minusMinutes(1));
        assertThat(instance().runOnce("22294531:0:2:T9", runs::incrementAndGet)).isEqualTo(Outcome.DONE);
        advance(Duration.ofMinutes(2));
        assertThat(instance().runOnce("22294531:0:2:T9", runs::incrementAndGet)).isEqualTo(Outcome.HANDLED);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailingStoreThrowsItsTypedExceptionAndRunsNothing() {
        assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                .isThrownBy(() -> failingInstance().runOnce("22294531:0:2:T10", this::neverRuns));
    }

    @Test
    void concurrentDeliveriesFromSeveralInstancesRunTheWorkExactlyOnce() throws Exception {
        List<IdempotencyStore> instances = List.of(instance(), instance());
        for (int key = 0; key < 5; key++) {
            String id = "22294531:0:2:RACE" + key;
            AtomicInteger runs = new AtomicInteger();
            assertThat(race(i -> instances.get(i % 2).runOnce(id, runs::incrementAndGet)))
                    .as("outcomes of " + id)
                    .containsOnlyOnce(Outcome.HANDLED)
                    .isSubsetOf(Outcome.HANDLED, Outcome.DONE, Outcome.IN_PROGRESS);
            assertThat(runs).as("runs of " + id).hasValue(1);
            for (IdempotencyStore instance : instances) {
                assertThat(instance.runOnce(id, runs::incrementAndGet)).isEqualTo(Outcome.DONE);
            }
        }
    }

    @Test
    void concurrentTakeOversOfACrashedClaimRunTheWorkExactlyOnce() throws Exception {
        IdempotencyStore dying = instance();
        Holder crashed = hold(dying, "22294531:0:2:STALE");
        crash(dying);
        List<IdempotencyStore> instances = List.of(instance(), instance());
        AtomicInteger runs = new AtomicInteger();

        assertThat(race(i -> instances.get(i % 2).runOnce("22294531:0:2:STALE", runs::incrementAndGet)))
                .containsOnlyOnce(Outcome.HANDLED)
                .isSubsetOf(Outcome.HANDLED, Outcome.DONE, Outcome.IN_PROGRESS);
        assertThat(runs).hasValue(1);
        crashed.finishOrStoreFailure();
        assertThat(instance().runOnce("22294531:0:2:STALE", runs::incrementAndGet))
                .isEqualTo(Outcome.DONE);
    }

    void neverRuns() {
        throw new AssertionError("the work ran although the key was held or handled");
    }

    /** Starts {@code store}'s work for {@code key} on another thread and returns once the work runs. */
    Holder hold(IdempotencyStore store, String key) throws Exception {
        Holder holder = new Holder();
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        holder.outcome = outcome;
        this.background.execute(() -> {
            try {
                outcome.complete(store.runOnce(key, holder::work));
            } catch (Throwable ex) {
                outcome.completeExceptionally(ex);
            }
        });
        CompletableFuture.anyOf(holder.started, outcome).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (!holder.started.isDone()) {
            throw new AssertionError("the work of " + key + " did not run: runOnce answered " + outcome.get());
        }
        return holder;
    }

    /** Work that runs until the test ends it. */
    static final class Holder {

        final CompletableFuture<Void> started = new CompletableFuture<>();

        private final CountDownLatch end = new CountDownLatch(1);

        private volatile boolean failing;

        Future<Outcome> outcome = new CompletableFuture<>();

        void work() throws Exception {
            this.started.complete(null);
            if (!this.end.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never ended the work");
            }
            if (this.failing) {
                throw new LateFailure();
            }
        }

        /** Lets the work return and says what runOnce answered. */
        Outcome finish() throws Exception {
            this.end.countDown();
            return this.outcome.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }

        /** Lets the work return; {@code null} if the store failed (its transaction was lost with its instance). */
        @Nullable
        Outcome finishOrStoreFailure() throws Exception {
            try {
                return finish();
            } catch (ExecutionException ex) {
                assertThat(ex.getCause()).isInstanceOf(JdPayIdempotencyStoreException.class);
                return null;
            }
        }

        /** Makes the work throw and returns what runOnce threw. */
        Throwable fail() throws Exception {
            this.failing = true;
            this.end.countDown();
            try {
                this.outcome.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException ex) {
                return ex.getCause();
            }
            throw new AssertionError("runOnce returned although its work threw");
        }
    }

    /** The failure of work that ends after its instance was declared dead. */
    static final class LateFailure extends Exception {

        private static final long serialVersionUID = 1L;
    }

    /** Runs a call on {@link #THREADS} threads released together, and returns what each found. */
    static List<Outcome> race(RaceCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<Outcome> task = () -> {
                    start.await();
                    return call.run(index);
                };
                outcomes.add(pool.submit(task));
            }
            List<Outcome> found = new ArrayList<>();
            for (Future<Outcome> outcome : outcomes) {
                found.add(outcome.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's call. */
    interface RaceCall {

        Outcome run(int thread) throws Exception;
    }
}
