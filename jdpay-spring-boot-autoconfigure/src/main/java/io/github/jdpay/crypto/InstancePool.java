package io.github.jdpay.crypto;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Supplier;

/**
 * A small pool of ready-to-use, non-thread-safe instances such as an initialised {@link javax.crypto.Cipher}.
 *
 * <p>{@code Cipher.getInstance} plus {@code init} costs more than encrypting a short message, so each crypto bean
 * keeps a few initialised instances instead of a {@code ThreadLocal}, which would leak across pooled threads.
 */
final class InstancePool<T> {

    private final ArrayBlockingQueue<T> idle;

    private final Supplier<T> factory;

    InstancePool(Supplier<T> factory) {
        this.factory = factory;
        this.idle =
                new ArrayBlockingQueue<>(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    T borrow() {
        T instance = this.idle.poll();
        return (instance != null) ? instance : this.factory.get();
    }

    /** Gives an instance back; call only after it finished normally, so a broken instance is dropped. */
    void giveBack(T instance) {
        this.idle.offer(instance);
    }
}
