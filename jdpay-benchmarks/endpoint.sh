#!/usr/bin/env bash
# Loads the notification endpoint (POST /jdpay/notify, signed notifications of the test merchant) and a bare endpoint of
# the same application with wrk over loopback, alternating in rounds, and prints a Markdown summary: requests per
# second, p50 and p99 latency, the ratio to the bare endpoint, issue 8's targets and PASS/MISS, for new trades, duplicates
# and a mix of new trades, duplicates and garbage (60/25/15). About 6 minutes.
#
#   jdpay-benchmarks/endpoint.sh                         # 3 rounds of 10 s per load, 16 connections, in-memory store
#   jdpay-benchmarks/endpoint.sh --store jdbc            # the JDBC idempotency store on H2
#   jdpay-benchmarks/endpoint.sh --jfr target/notify.jfr # with a flight recording of the server, to profile
#   jdpay-benchmarks/endpoint.sh --out target/endpoint.md
#
# Other flags: --rounds N, --seconds N (at most 60), --warmup N, --connections N, --threads N. Needs wrk
# (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "endpoint.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
./mvnw -B -q -pl jdpay-benchmarks -am package -DskipTests
exec timeout 30m java -cp "jdpay-benchmarks/target/classes:$(cat jdpay-benchmarks/target/classpath.txt)" \
  io.github.jdpay.benchmarks.endpoint.EndpointSummary "$@"
