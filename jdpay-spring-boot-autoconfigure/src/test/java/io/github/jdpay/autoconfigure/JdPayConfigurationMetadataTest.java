package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration processor documents every {@code jdpay.*} key, so IDEs complete and explain them. */
class JdPayConfigurationMetadataTest {

    private static Map<String, JsonNode> properties() throws IOException {
        try (InputStream in = JdPayConfigurationMetadataTest.class
                .getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            Map<String, JsonNode> byName = new HashMap<>();
            new ObjectMapper()
                    .readTree(in)
                    .get("properties")
                    .forEach(p -> byName.put(p.get("name").asText(), p));
            return byName;
        }
    }

    @Test
    void everyKeyIsDocumented() throws IOException {
        Map<String, JsonNode> properties = properties();

        assertThat(properties)
                .containsOnlyKeys(
                        "jdpay.enabled",
                        "jdpay.merchant-no",
                        "jdpay.des-key",
                        "jdpay.private-key",
                        "jdpay.jd-public-key",
                        "jdpay.jd-public-keys",
                        "jdpay.md5-key",
                        "jdpay.app-id",
                        "jdpay.notify-url",
                        "jdpay.callback-url",
                        "jdpay.merchants",
                        "jdpay.default-merchant",
                        "jdpay.aggregate.merchant-no",
                        "jdpay.aggregate.system-id",
                        "jdpay.aggregate.des-key",
                        "jdpay.aggregate.md5-key",
                        "jdpay.aggregate.notify-url",
                        "jdpay.aggregate.notify-path",
                        "jdpay.aggregate.scan-url.field-names",
                        "jdpay.aggregate.scan-url.transport",
                        "jdpay.aggregate.cipher-text.scan-url",
                        "jdpay.aggregate.cipher-text.api",
                        "jdpay.statement.bill-key",
                        "jdpay.statement.merchant-no",
                        "jdpay.statement.owner",
                        "jdpay.statement.path",
                        "jdpay.statement.url",
                        "jdpay.endpoints.paygate",
                        "jdpay.endpoints.pc-cashier",
                        "jdpay.endpoints.h5-cashier",
                        "jdpay.endpoints.aggregate",
                        "jdpay.endpoints.aggregate-api",
                        "jdpay.http.connect-timeout",
                        "jdpay.http.read-timeout",
                        "jdpay.http.max-response-size",
                        "jdpay.http.retry.max-attempts",
                        "jdpay.http.retry.initial-backoff",
                        "jdpay.http.retry.max-backoff",
                        "jdpay.notify.path",
                        "jdpay.notify.max-body-size",
                        "jdpay.notify.max-age",
                        "jdpay.notify.idempotency.store",
                        "jdpay.notify.idempotency.ttl",
                        "jdpay.notify.idempotency.lease",
                        "jdpay.notify.idempotency.timeout",
                        "jdpay.notify.idempotency.max-entries",
                        "jdpay.notify.idempotency.jdbc.initialize-schema",
                        "jdpay.notify.idempotency.redis.key-prefix",
                        // Boot's configuration processor documents the jdpay actuator endpoint's own settings.
                        "management.endpoint.jdpay.access",
                        "management.endpoint.jdpay.enabled",
                        "management.endpoint.jdpay.cache.time-to-live");
        assertThat(properties.values())
                .allSatisfy(p -> assertThat(p.path("description").asText()).isNotBlank());
    }

    @Test
    void descriptionsFollowBootsStyle() throws IOException {
        Map<String, JsonNode> properties = properties();

        assertThat(properties.values())
                .allSatisfy(p -> assertThat(p.get("description").asText())
                        .doesNotStartWith("The ")
                        .doesNotStartWith("A ")
                        .endsWith("."));
        assertThat(properties.get("jdpay.enabled").get("description").asText()).startsWith("Whether");
        assertThat(properties
                        .get("jdpay.notify.idempotency.jdbc.initialize-schema")
                        .get("description")
                        .asText())
                .startsWith("Whether");
    }

    @Test
    void defaultsAreDocumented() throws IOException {
        Map<String, JsonNode> properties = properties();

        assertThat(properties.get("jdpay.enabled").get("defaultValue").asBoolean())
                .isTrue();
        assertThat(properties.get("jdpay.endpoints.paygate").get("defaultValue").asText())
                .isEqualTo("https://paygate.jd.com/service");
        assertThat(properties
                        .get("jdpay.endpoints.pc-cashier")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("https://wepay.jd.com/jdpay");
        assertThat(properties
                        .get("jdpay.endpoints.h5-cashier")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("https://h5pay.jd.com/jdpay");
        assertThat(properties
                        .get("jdpay.endpoints.aggregate")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("https://payx.jd.com");
        assertThat(properties
                        .get("jdpay.endpoints.aggregate-api")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("https://apipayx.jd.com");
        assertThat(properties
                        .get("jdpay.http.connect-timeout")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("5s");
        assertThat(properties.get("jdpay.http.read-timeout").get("defaultValue").asText())
                .isEqualTo("15s");
        assertThat(properties.get("jdpay.notify.path").get("defaultValue").asText())
                .isEqualTo("/jdpay/notify");
        assertThat(properties
                        .get("jdpay.aggregate.notify-path")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("/jdpay/aggregate/notify");
        assertThat(properties
                        .get("jdpay.notify.max-body-size")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("64KB");
        assertThat(properties
                        .get("jdpay.notify.idempotency.store")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("memory");
        assertThat(properties
                        .get("jdpay.notify.idempotency.ttl")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("24h");
        assertThat(properties
                        .get("jdpay.notify.idempotency.lease")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("30s");
        assertThat(properties
                        .get("jdpay.notify.idempotency.timeout")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("2s");
        assertThat(properties
                        .get("jdpay.notify.idempotency.max-entries")
                        .get("defaultValue")
                        .asInt())
                .isEqualTo(100_000);
        assertThat(properties
                        .get("jdpay.notify.idempotency.jdbc.initialize-schema")
                        .get("defaultValue")
                        .asBoolean())
                .isFalse();
        assertThat(properties
                        .get("jdpay.notify.idempotency.redis.key-prefix")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("jdpay:notify:");
    }
}
