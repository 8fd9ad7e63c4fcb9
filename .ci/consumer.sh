#!/usr/bin/env bash
# Builds and tests consumer/ (a merchant's application: Boot's parent, the JD Pay BOM, the starter and the test kit)
# on one Spring Boot version, against the artifacts installed in a private local repository:
#
#   .ci/consumer.sh 4.0.7 target/ci-m2
#
# The application is copied to target/consumer-<version> with its parent's version replaced, so the committed POM stays
# the one the README shows (Boot 3.5.7). Dependencies not in the private repository are read from ~/.m2, which is not
# written to.
set -euo pipefail
cd "$(dirname "$0")/.."

boot="${1:?Spring Boot version}"
repo="$(realpath -m "${2:?local repository with the installed artifacts}")"

project_version="$(sed -n '0,/^  <version>/s|^  <version>\(.*\)</version>$|\1|p' pom.xml)"
bom_version="$(sed -n '/<artifactId>jdpay-bom<\/artifactId>/{n;s|.*<version>\(.*\)</version>.*|\1|p}' consumer/pom.xml)"
if [ "${bom_version}" != "${project_version}" ]; then
    echo "consumer.sh: consumer/pom.xml imports jdpay-bom ${bom_version}, the build is ${project_version}" >&2
    exit 1
fi

copy="target/consumer-${boot}"
rm -rf "${copy}"
mkdir -p target
cp -r consumer "${copy}"
rm -rf "${copy}/target"
# The first <version> after spring-boot-starter-parent is the parent's.
sed -i "/<artifactId>spring-boot-starter-parent<\/artifactId>/{n;s|<version>[^<]*</version>|<version>${boot}</version>|}" \
    "${copy}/pom.xml"
case "${boot}" in
    4.1.*)
        # Boot 4.1.2's BOM names a Netty and a Kafka client of which Maven Central serves only newer releases in full.
        sed -i 's|<java.version>17</java.version>|&\n    <netty.version>4.2.18.Final</netty.version>\n    <kafka.version>4.3.1</kafka.version>|' \
            "${copy}/pom.xml"
        ;;
esac
grep -q "<version>${boot}</version>" "${copy}/pom.xml"

./mvnw -B -f "${copy}/pom.xml" -Dmaven.repo.local="${repo}" -Dmaven.repo.local.tail="${HOME}/.m2/repository" verify
