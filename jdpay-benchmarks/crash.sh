#!/usr/bin/env bash
# Issue 14's crash test: two instances of the sample shop on one PostgreSQL (.ci/postgres.sh), 600 orders placed over
# HTTP, their JD-signed payment notifications sent by 16 senders split across both instances, the first instance killed
# with SIGKILL after a third of them, then every notification delivered again to the survivor on JD's schedule
# (+1, +3, +10 min) with a minute compressed to 1.2 leases, the lease 6 s. Reports per order how often its payment was
# applied (0, 1, 2+), the answers by delivery, the claims left in progress, the longest wait for a first success, and
# PASS/FAIL for "every order exactly once, none stuck longer than one lease + one retry gap". About 3 minutes; exits 1
# on FAIL.
#
#   jdpay-benchmarks/crash.sh
#   jdpay-benchmarks/crash.sh --orders 1000 --lease-seconds 10
#
# Other flags: --senders N, --minute-millis N (one minute of JD's schedule), --ports A,B (default 18510,18511),
# --work DIR. JDPAY_PG_PORT chooses the PostgreSQL port (default 18532); its tables are dropped first.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl jdpay-sample,jdpay-benchmarks -am package -DskipTests
jar="$(ls jdpay-sample/target/jdpay-sample-*.jar | grep -v -e sources -e javadoc -e original | head -n 1)"
db_url="$(JDPAY_PG_PORT="${JDPAY_PG_PORT:-18532}" .ci/postgres.sh)"
exec timeout 10m java -cp "jdpay-benchmarks/target/classes:$(cat jdpay-benchmarks/target/classpath.txt)" \
  io.github.jdpay.benchmarks.crash.CrashTest --jar "${jar}" --db-url "${db_url}" "$@"
