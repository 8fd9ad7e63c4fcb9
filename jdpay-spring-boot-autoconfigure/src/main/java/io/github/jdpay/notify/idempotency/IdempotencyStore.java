package io.github.jdpay.notify.idempotency;

/**
 * Records which notifications are being handled and which were handled, so that each is handled once although JD
 * delivers it again and again, to any instance of the application.
 *
 * <p>The endpoint claims a notification's key before calling its handler, completes it after the handler returned,
 * and releases it if the handler threw, so that JD's next delivery is handled afresh. Of several concurrent claims of
 * one key, from any number of threads or instances, exactly one is {@link Claim#NEW}.
 *
 * <p>A claim that is neither completed nor released (the instance died mid-way) counts as in progress until a timeout,
 * then the next claim takes it over. A completed key is remembered long enough to recognise JD's last retry, 120
 * minutes after the first delivery.
 */
public interface IdempotencyStore {

    /** What a claim found. */
    enum Claim {

        /** The key is now claimed by the caller, who must call the handler and then complete or release it. */
        NEW,

        /** Another delivery of the notification is being handled right now. */
        IN_PROGRESS,

        /** The notification was handled already. */
        DONE
    }

    /** Claims a key; only a {@link Claim#NEW} claim may call the handler. */
    Claim claim(String key);

    /** Records that the notification of a claimed key was handled. */
    void complete(String key);

    /** Gives up the claim of a key whose handler failed, so that the next delivery is handled afresh. */
    void release(String key);
}
