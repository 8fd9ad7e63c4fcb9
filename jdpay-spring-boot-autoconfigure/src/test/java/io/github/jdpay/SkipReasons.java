package io.github.jdpay;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints on the console why a test was skipped or disabled, which Maven's summary ("Skipped: 15") leaves to the XML
 * reports. Registered for every test of the module through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}.
 */
public class SkipReasons implements TestWatcher {

    @Override
    public void testAborted(ExtensionContext context, @Nullable Throwable cause) {
        print(context, "skipped", (cause != null) ? cause.getMessage() : null);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        print(context, "disabled", reason.orElse(null));
    }

    private static void print(ExtensionContext context, String what, @Nullable String reason) {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        System.out.println(
                "[WARNING] Test " + what + ": " + test + ": " + ((reason != null) ? reason : "no reason given"));
    }
}
