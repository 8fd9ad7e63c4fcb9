#!/usr/bin/env bash
# Starts a throw-away Redis server on loopback for the Redis idempotency store tests and prints its URL (the only line
# on stdout; progress goes to stderr). Installs redis-server from Debian's packages if it is missing. The server keeps
# nothing on disk (no RDB snapshots, no append-only file) and runs until it is shut down
# (redis-cli -p PORT shutdown nosave).
#
#   export JDPAY_TEST_REDIS_URL="$(.ci/redis.sh)"
#
# JDPAY_REDIS_PORT chooses the port; a server already answering there is reused. Without it, the first free port
# from 56379 up is taken. Debian's own service on 6379, if any, is left alone.
set -euo pipefail

log() { echo "redis.sh: $*" >&2; }

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    log "installing redis-server from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq redis-server >&2
fi

answers() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = "PONG" ]; }

# Whether something listens on the port (bash's /dev/tcp: no other tool needed).
taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port="${JDPAY_REDIS_PORT:-}"
if [ -n "${port}" ] && answers "${port}"; then
    log "reusing the Redis server on 127.0.0.1:${port}"
    echo "redis://127.0.0.1:${port}"
    exit 0
fi
if [ -z "${port}" ]; then
    port=56379
    while taken "${port}"; do
        port=$((port + 1))
    done
fi

dir="/tmp/jdpay-ci-redis-${port}"
mkdir -p "${dir}"
log "starting Redis on 127.0.0.1:${port} (log in ${dir}/redis.log)"
redis-server --bind 127.0.0.1 --port "${port}" --protected-mode yes \
    --save '' --appendonly no --dir "${dir}" \
    --daemonize yes --pidfile "${dir}/redis.pid" --logfile "${dir}/redis.log" >&2

for _ in $(seq 1 300); do
    if answers "${port}"; then
        echo "redis://127.0.0.1:${port}"
        exit 0
    fi
    sleep 0.1
done
log "Redis on 127.0.0.1:${port} did not answer within 30 s; its log:"
tail -n 20 "${dir}/redis.log" >&2 || true
exit 1
