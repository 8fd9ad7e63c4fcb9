package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator posts notifications to this machine only, unless told which other hosts are fine. */
class NotifyTargetsTest {

    private final NotifyTargets loopbackOnly = new NotifyTargets(false, Set.of());

    @ParameterizedTest
    @ValueSource(
            strings = {"http://127.0.0.1:8080/n", "https://localhost/n", "http://127.9.9.9/n", "http://[::1]:80/n"})
    void loopbackUrlsAreAllowed(String url) {
        assertThat(this.loopbackOnly.refusal(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example.com/n",
                "http://10.0.0.1/n",
                "http://localhost.example.com/n",
                "ftp://127.0.0.1/n",
                "javascript:alert(1)",
                "not a url",
                "/relative/path"
            })
    void everythingElseIsRefusedWithAReason(String url) {
        assertThat(this.loopbackOnly.refusal(url)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://app:8080/n", "http://APP/n"})
    void namedHostsCanBeAllowed(String url) {
        assertThat(new NotifyTargets(false, Set.of("app")).refusal(url)).isNull();
        assertThat(new NotifyTargets(true, Set.of()).refusal("https://shop.example.com/n"))
                .isNull();
    }
}
