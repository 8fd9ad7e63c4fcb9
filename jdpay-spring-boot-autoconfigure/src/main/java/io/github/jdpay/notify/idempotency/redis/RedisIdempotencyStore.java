package io.github.jdpay.notify.idempotency.redis;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * An {@link IdempotencyStore} in Redis, shared by all instances of the application: for applications whose state is
 * not in a relational database. Each notification key is a hash {@code PREFIX + key} with its state and fencing token;
 * the tokens come from one counter, {@code PREFIX + }{@value #COUNTER}, so that each lease's token is larger than any
 * before it, whatever became of the key in between.
 *
 * <p>Each primitive is one Lua script, atomic in Redis. Leases and the time to live are the keys' expiry (PEXPIRE),
 * measured by Redis: the clocks of the application's instances play no part. Keys are UTF-8, binary-safe in Redis.
 * On Redis Cluster the two keys of a claim must share a slot: put a hash tag in the prefix ({@code {jdpay}:notify:}).
 * A Redis that fails or does not answer within its client's command timeout is a
 * {@link RedisIdempotencyStoreException}. Thread-safe.
 */
public final class RedisIdempotencyStore implements IdempotencyStore, FencedLeases {

    /** The prefix of every key unless another is given. */
    public static final String DEFAULT_PREFIX = "jdpay:notify:";

    /** The counter of fencing tokens, after the prefix; refused as a notification key. */
    public static final String COUNTER = ":fencing-token";

    private static final Log logger = LogFactory.getLog(RedisIdempotencyStore.class);

    /** KEYS: the key, the counter; ARGV: lease ms. A positive reply is a new lease's token, 0 in progress, -1 done. */
    private static final RedisScript<Long> CLAIM = RedisScript.of(
            """
            local state = redis.call('HGET', KEYS[1], 'state')
            if state == 'DONE' then return -1 end
            if state then return 0 end
            local token = redis.call('INCR', KEYS[2])
            redis.call('HSET', KEYS[1], 'state', 'IN_PROGRESS', 'token', token)
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return token
            """,
            Long.class);

    /** KEYS: the key; ARGV: token, lease ms. 1 if the token holds the key in progress and its lease was extended. */
    private static final RedisScript<Long> RENEW = RedisScript.of(
            """
            local held = redis.call('HMGET', KEYS[1], 'state', 'token')
            if held[1] ~= 'IN_PROGRESS' or held[2] ~= ARGV[1] then return 0 end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """,
            Long.class);

    /** KEYS: the key; ARGV: token, time to live ms. 1 if the token holds the key, now done (or done by it before). */
    private static final RedisScript<Long> COMPLETE = RedisScript.of(
            """
            local held = redis.call('HMGET', KEYS[1], 'state', 'token')
            if held[2] ~= ARGV[1] then return 0 end
            if held[1] == 'DONE' then return 1 end
            redis.call('HSET', KEYS[1], 'state', 'DONE')
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """,
            Long.class);

    /** KEYS: the key; ARGV: token. Deletes a key the token holds in progress, never a done one. */
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            """
            local held = redis.call('HMGET', KEYS[1], 'state', 'token')
            if held[1] ~= 'IN_PROGRESS' or held[2] ~= ARGV[1] then return 0 end
            return redis.call('DEL', KEYS[1])
            """,
            Long.class);

    private final StringRedisTemplate redis;

    private final IdempotencyTimes times;

    private final String prefix;

    private final String counter;

    /** The tokens of this store's own claims, until completed or released: the bridge to the claim-key SPI. */
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    /**
     * A store on the Redis that {@code redis} reaches.
     *
     * @param redis runs the scripts; its connection factory's command timeout bounds every operation
     * @param times the lease (in-progress timeout) and time to live; its clock is not used, Redis keeps the time
     * @param prefix put before every key, {@link #DEFAULT_PREFIX} usually
     */
    public RedisIdempotencyStore(StringRedisTemplate redis, IdempotencyTimes times, String prefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.times = Objects.requireNonNull(times, "times");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("the Redis key prefix must not be empty");
        }
        this.counter = prefix + COUNTER;
    }

    @Override
    public Claim claim(String key) {
        Lease lease = claim(key, this.times.inProgressTimeout());
        if (lease.state() == State.NEW) {
            this.held.put(key, lease.token());
            return Claim.NEW;
        }
        return (lease.state() == State.DONE) ? Claim.DONE : Claim.IN_PROGRESS;
    }

    @Override
    public void complete(String key) {
        Long token = this.held.remove(key);
        if (token == null || !complete(key, token, this.times.timeToLive())) {
            logger.warn("JD Pay notification " + key + " was handled, but its claim had expired before it was"
                    + " recorded as done: a later delivery may be handled again");
        }
    }

    @Override
    public void release(String key) {
        Long token = this.held.remove(key);
        if (token != null) {
            release(key, token);
        }
    }

    @Override
    public Lease claim(String key, Duration lease) {
        long reply = run(CLAIM, List.of(redisKey(key), this.counter), millis(lease));
        if (reply > 0) {
            return new Lease(State.NEW, reply);
        }
        return new Lease((reply == 0) ? State.IN_PROGRESS : State.DONE, 0);
    }

    @Override
    public boolean renew(String key, long token, Duration lease) {
        return run(RENEW, List.of(redisKey(key)), Long.toString(token), millis(lease)) == 1;
    }

    @Override
    public boolean complete(String key, long token, Duration timeToLive) {
        return run(COMPLETE, List.of(redisKey(key)), Long.toString(token), millis(timeToLive)) == 1;
    }

    @Override
    public void release(String key, long token) {
        run(RELEASE, List.of(redisKey(key)), Long.toString(token));
    }

    /** The Redis key of a notification key. */
    String redisKey(String key) {
        if (key.isEmpty() || key.equals(COUNTER)) {
            throw new IllegalArgumentException("not a notification key: '" + key + "'");
        }
        return this.prefix + key;
    }

    private long run(RedisScript<Long> script, List<String> keys, String... args) {
        @Nullable Long reply;
        try {
            reply = this.redis.execute(script, keys, (Object[]) args);
        } catch (DataAccessException ex) {
            throw new RedisIdempotencyStoreException(
                    "the Redis idempotency store failed on " + keys.get(0) + ": " + ex.getMessage(), ex);
        }
        if (reply == null) {
            throw new RedisIdempotencyStoreException(
                    "the Redis idempotency store answered nothing on " + keys.get(0),
                    new IllegalStateException("no reply"));
        }
        return reply;
    }

    private static String millis(Duration duration) {
        if (duration.toMillis() < 1) {
            throw new IllegalArgumentException("a lease or time to live must be at least 1 ms but is " + duration);
        }
        return Long.toString(duration.toMillis());
    }
}
