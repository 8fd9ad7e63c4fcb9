package io.github.jdpay.notify.idempotency.redis;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import io.github.jdpay.notify.idempotency.LeasedIdempotencyStore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
 * {@link JdPayIdempotencyStoreException}. At least once: see {@link LeasedIdempotencyStore}. Thread-safe.
 */
public final class RedisIdempotencyStore extends LeasedIdempotencyStore {

    /** The prefix of every key unless another is given. */
    public static final String DEFAULT_PREFIX = "jdpay:notify:";

    /** The counter of fencing tokens, after the prefix; refused as a notification key. */
    public static final String COUNTER = ":fencing-token";

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

    private final String prefix;

    private final String counter;

    /**
     * A store on the Redis that {@code redis} reaches, renewing leases on the process's shared daemon thread.
     *
     * @param redis runs the scripts; its connection factory's command timeout bounds every operation
     * @param times the lease and time to live; its clock is not used, Redis keeps the time
     * @param prefix put before every key, {@link #DEFAULT_PREFIX} usually
     */
    public RedisIdempotencyStore(StringRedisTemplate redis, IdempotencyTimes times, String prefix) {
        this(redis, times, prefix, Renewals.daemon());
    }

    /**
     * A store on the Redis that {@code redis} reaches.
     *
     * @param redis runs the scripts; its connection factory's command timeout bounds every operation
     * @param times the lease and time to live; its clock is not used, Redis keeps the time
     * @param prefix put before every key, {@link #DEFAULT_PREFIX} usually
     * @param renewals runs the renewals of leases while their work runs
     */
    public RedisIdempotencyStore(StringRedisTemplate redis, IdempotencyTimes times, String prefix, Renewals renewals) {
        super(times, renewals);
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("the Redis key prefix must not be empty");
        }
        this.counter = prefix + COUNTER;
    }

    @Override
    protected Lease claim(String key, Duration lease) {
        long reply = run(CLAIM, List.of(redisKey(key), this.counter), millis(lease));
        if (reply > 0) {
            return Lease.claimed(reply);
        }
        return (reply == 0) ? Lease.IN_PROGRESS : Lease.DONE;
    }

    @Override
    protected boolean renew(String key, long token, Duration lease) {
        return run(RENEW, List.of(redisKey(key)), Long.toString(token), millis(lease)) == 1;
    }

    @Override
    protected boolean complete(String key, long token, Duration timeToLive) {
        return run(COMPLETE, List.of(redisKey(key)), Long.toString(token), millis(timeToLive)) == 1;
    }

    @Override
    protected void release(String key, long token) {
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
            throw new JdPayIdempotencyStoreException(
                    "the Redis idempotency store failed on " + keys.get(0) + ": " + ex.getMessage(), ex);
        }
        if (reply == null) {
            throw new JdPayIdempotencyStoreException(
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
