package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import io.github.jdpay.client.statement.JdPayStatementClient;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The statement client from jdpay.statement.*: on with a bill key, the owner derived, bad values named. */
class JdPayStatementAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayStatementAutoConfiguration.class));

    @Test
    void withoutABillKeyThereIsNoClient() {
        this.runner
                .withPropertyValues("jdpay.merchant-no=110210007001")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayStatementClient.class));
    }

    @Test
    void aBillKeyAndA12DigitMerchantNumberMakeAClientWithTheOwnerDerived() {
        this.runner
                .withPropertyValues("jdpay.merchant-no=110210007001", "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdPayStatementClient.class);
                    assertThat(context.getBean(JdPayStatementClient.class).toString())
                            .contains("owner=110210007", "merchantNo=110210007001")
                            .doesNotContain("bill-secret-123");
                    assertThat(context.getBean(JdPayStatementProperties.class).toString())
                            .doesNotContain("bill-secret-123");
                });
    }

    @Test
    void aShortMerchantNumberNeedsAnOwnerAndStartUpSaysSo() {
        this.runner
                .withPropertyValues("jdpay.statement.merchant-no=22294531", "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("jdpay.statement.owner")
                        .satisfies(failure -> assertThat(failure.toString()).doesNotContain("bill-secret-123")));
    }

    @Test
    void anOwnerThatIsNotDigitsIsNamed() {
        this.runner
                .withPropertyValues(
                        "jdpay.statement.merchant-no=22294531",
                        "jdpay.statement.owner=abc",
                        "jdpay.statement.bill-key=bill-secret-123")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("jdpay.statement.owner")
                        .hasStackTraceContaining("abc"));
    }

    @Test
    void aRequestFactorySetByARestClientCustomizerCarriesTheDownload() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ClientHttpRequestFactory own = (uri, method) -> {
            asked.add(uri);
            throw new IOException("no bill service in this test");
        };
        Class<?> type = BootClasses.restClientCustomizerType();
        this.runner
                .withConfiguration(AutoConfigurations.of(BootClasses.restClientAutoConfiguration()))
                .withBean(
                        type.getName(),
                        Object.class,
                        () -> BootClasses.restClientCustomizer(type, builder -> builder.requestFactory(own)))
                .withPropertyValues(
                        "jdpay.merchant-no=110210007001",
                        "jdpay.statement.bill-key=bill-secret-123",
                        "jdpay.statement.url=http://127.0.0.1:9/api/download.do")
                .run(context -> {
                    JdPayStatementClient client = context.getBean(JdPayStatementClient.class);

                    assertThatException().isThrownBy(() -> client.download(LocalDate.of(2026, 11, 25), row -> {}));
                    assertThat(asked).extracting(URI::getPath).containsExactly("/api/download.do");
                });
    }

    @Test
    void aRestClientGivenToTheBuilderCarriesTheDownload() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ClientHttpRequestFactory own = (uri, method) -> {
            asked.add(uri);
            throw new IOException("no bill service in this test");
        };
        JdPayStatementClient client = JdPayStatementClient.builder()
                .merchantNo("110210007001")
                .billKey("bill-secret-123")
                .url(URI.create("http://127.0.0.1:9/api/download.do"))
                .restClient(RestClient.builder().requestFactory(own).build())
                .build();

        assertThatException().isThrownBy(() -> client.download(LocalDate.of(2026, 11, 25), row -> {}));
        assertThat(asked).extracting(URI::getPath).containsExactly("/api/download.do");
    }
}
