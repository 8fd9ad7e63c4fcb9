package io.github.jdpay.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import org.junit.jupiter.api.Test;

/** Changes of a {@link JdPayMerchantDirectory}: published after the self-check, and the refused ones remembered. */
class JdPayMerchantDirectoryTest {

    private final JdPayMerchantDirectory directory = new JdPayMerchantDirectory();

    private static JdPayMerchant.Builder merchant(String name, String merchantNo) {
        return JdPayMerchant.builder(name, merchantNo)
                .cipher(TestKeys.cipher(TestKeys.DES_KEY))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()));
    }

    /** A signer whose HSM answers nothing: what the self-check exists to catch. */
    private static final JdPaySigner SILENT = content -> "";

    @Test
    void aMerchantWhoseKeysFailTheSelfCheckNeverReplacesTheWorkingOneAndIsReported() {
        JdPayMerchant working = merchant("shop", "110025845001").build();
        this.directory.put(working);

        assertThatThrownBy(() -> this.directory.put(
                        merchant("shop", "110025845001").signer(SILENT).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private key of merchant 'shop'");

        assertThat(this.directory.merchants().byName("shop")).isSameAs(working);
        assertThat(this.directory.rejected())
                .containsOnlyKeys("shop")
                .hasEntrySatisfying("shop", reason -> assertThat(reason).startsWith("IllegalStateException: "));
    }

    @Test
    void aSuccessfulPutOrARemovalClearsTheRefusal() {
        this.directory.put(merchant("shop", "110025845001").build());
        assertThatThrownBy(() -> this.directory.put(
                        merchant("shop", "110025845001").signer(SILENT).build()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> this.directory.put(
                        merchant("other", "110025845002").signer(SILENT).build()))
                .isInstanceOf(IllegalStateException.class);

        this.directory.put(merchant("shop", "110025845001").build());
        this.directory.remove("other");

        assertThat(this.directory.rejected()).isEmpty();
    }

    @Test
    void aMerchantNumberTakenByAnotherMerchantIsRefusedAndReported() {
        this.directory.put(merchant("shop", "110025845001").build());

        assertThatThrownBy(() ->
                        this.directory.put(merchant("copy", "110025845001").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same merchant number");

        assertThat(this.directory.merchants().names()).containsExactly("shop");
        assertThat(this.directory.rejected()).containsOnlyKeys("copy");
    }

    @Test
    void refusalsAreBounded() {
        JdPayMerchant failing = merchant("x", "1").signer(SILENT).build();
        for (int n = 0; n < JdPayMerchantDirectory.MAX_REJECTED + 5; n++) {
            JdPayMerchant one = new JdPayMerchant(
                    "shop" + n,
                    Integer.toString(1000 + n),
                    failing.cipher(),
                    failing.signer(),
                    failing.verifier(),
                    null,
                    null,
                    null,
                    null);
            assertThatThrownBy(() -> this.directory.put(one)).isInstanceOf(IllegalStateException.class);
        }

        assertThat(this.directory.rejected())
                .hasSize(JdPayMerchantDirectory.MAX_REJECTED)
                .doesNotContainKey("shop0")
                .containsKey("shop" + (JdPayMerchantDirectory.MAX_REJECTED + 4));
    }
}
