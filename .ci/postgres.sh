#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the JDBC idempotency store tests and prints its JDBC URL
# (the only line on stdout; progress goes to stderr). Idempotent: installs PostgreSQL from Debian's packages if it is
# missing, creates the cluster once, starts it unless it runs, creates the role and database unless they exist.
#
#   export JDPAY_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
#
# JDPAY_PG_PORT (default 55432) and JDPAY_PG_DATA (default /tmp/jdpay-ci-postgres-<port>) choose the server.
# The cluster has nothing to do with the Debian one on 5432, which is left alone.
set -euo pipefail

port="${JDPAY_PG_PORT:-55432}"
data="${JDPAY_PG_DATA:-/tmp/jdpay-ci-postgres-${port}}"
db=jdpay_test
user=jdpay
password=jdpay

log() { echo "postgres.sh: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
    log "installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
bin="$(bindir)"

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ ! -s "${data}/PG_VERSION" ]; then
    log "creating a cluster in ${data}"
    mkdir -p "${data}"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "${data}"
    chmod 700 "${data}"
    as_owner "${bin}/initdb" -D "${data}" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_owner "${bin}/pg_ctl" -D "${data}" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:${port}"
    as_owner "${bin}/pg_ctl" -D "${data}" -l "${data}/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${data}" start >&2
fi

psql_admin() { as_owner "${bin}/psql" -h "${data}" -p "${port}" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${user}'")" != "1" ]; then
    log "creating role ${user}"
    psql_admin -c "CREATE ROLE ${user} LOGIN PASSWORD '${password}'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${db}'")" != "1" ]; then
    log "creating database ${db}"
    psql_admin -c "CREATE DATABASE ${db} OWNER ${user}" >&2
fi

echo "jdbc:postgresql://127.0.0.1:${port}/${db}?user=${user}&password=${password}"
