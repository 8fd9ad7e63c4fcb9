#!/usr/bin/env bash
# Starts the sample shop (jdpay-sample) again and again, alternating three variants — without the JD Pay
# auto-configurations, with the starter as in production (simulator off), and as shipped (with the embedded simulator)
# — and prints a Markdown summary: median start-up of each, what the starter adds, issue 8's target and PASS/MISS.
# About 3 minutes with the default 10 starts of each.
#
#   jdpay-benchmarks/startup.sh
#   jdpay-benchmarks/startup.sh --runs 20 --out target/startup.md
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl jdpay-sample,jdpay-benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
exec timeout 30m java -cp "jdpay-benchmarks/target/classes:$(cat jdpay-benchmarks/target/classpath.txt)" \
  io.github.jdpay.benchmarks.startup.StartupSummary "$@"
