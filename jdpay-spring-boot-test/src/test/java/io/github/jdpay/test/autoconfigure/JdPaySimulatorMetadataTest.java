package io.github.jdpay.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test kit documents its own {@code jdpay.simulator.*} keys; the library's metadata no longer carries them. */
class JdPaySimulatorMetadataTest {

    /** Every property of every {@code spring-configuration-metadata.json} on the class path, by the file it is in. */
    private static Map<String, Map<String, JsonNode>> metadata() throws IOException {
        Map<String, Map<String, JsonNode>> byFile = new HashMap<>();
        for (URL url : Collections.list(JdPaySimulatorMetadataTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                Map<String, JsonNode> byName = new HashMap<>();
                JsonNode properties = new ObjectMapper().readTree(in).path("properties");
                properties.forEach(p -> byName.put(p.get("name").asText(), p));
                byFile.put(url.toString(), byName);
            }
        }
        return byFile;
    }

    @Test
    void simulatorSwitchIsDocumentedByTheTestKitAlone() throws IOException {
        Map<String, Map<String, JsonNode>> metadata = metadata();

        assertThat(metadata.entrySet())
                .filteredOn(file -> file.getValue().containsKey("jdpay.simulator.enabled"))
                .singleElement()
                .satisfies(file -> assertThat(file.getKey()).doesNotContain("jdpay-spring-boot-autoconfigure"));
        assertThat(metadata.values())
                .filteredOn(properties -> properties.containsKey("jdpay.simulator.enabled"))
                .singleElement()
                .satisfies(properties -> {
                    JsonNode enabled = properties.get("jdpay.simulator.enabled");
                    assertThat(enabled.get("description").asText())
                            .startsWith("Whether")
                            .endsWith(".");
                    assertThat(enabled.get("defaultValue").asBoolean()).isFalse();
                    assertThat(properties).containsOnlyKeys("jdpay.simulator.enabled");
                });
    }
}
