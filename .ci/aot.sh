#!/usr/bin/env bash
# Spring's ahead-of-time processing of the sample shop (spring-boot:process-aot, profile aot of jdpay-sample), then
# the processed jar started with -Dspring.aot.enabled=true and an order paid through its HTTP API
# (AotProcessedShopCheck). Also checks that the native-image configuration the processing wrote names what the
# library needs: the handler methods (from @JdPayNotifyHandler) and the idempotency schema (JdPayRuntimeHints).
#
#   .ci/aot.sh
#
# No native image is built: no GraalVM on these machines.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -pl jdpay-sample -am -Paot -DskipTests package

version="$(sed -n '0,/^  <version>/s|^  <version>\(.*\)</version>$|\1|p' pom.xml)"
jar="${PWD}/jdpay-sample/target/jdpay-sample-${version}.jar"
native="jdpay-sample/target/spring-aot/main/resources/META-INF/native-image/io.github.jdpay/jdpay-sample"
for expected in '"io.github.jdpay.sample.order.PaymentNotifications"' '"name": "paid"'; do
    grep -q "${expected}" "${native}/reflect-config.json" \
        || { echo "aot.sh: ${native}/reflect-config.json lacks ${expected}" >&2; exit 1; }
done
grep -q 'notification-schema' "${native}/resource-config.json" \
    || { echo "aot.sh: ${native}/resource-config.json lacks the idempotency schema" >&2; exit 1; }
unzip_list="$(jar tf "${jar}")"
grep -q 'SampleShopApplication__ApplicationContextInitializer.class' <<<"${unzip_list}" \
    || { echo "aot.sh: ${jar} has no generated application context initializer" >&2; exit 1; }

# -am: the sample's dependencies come from the reactor; only the sample has a test of that name.
./mvnw -B -pl jdpay-sample -am -Dtest=AotProcessedShopCheck -Dsurefire.failIfNoSpecifiedTests=false \
    -Djdpay.aot.jar="${jar}" test
