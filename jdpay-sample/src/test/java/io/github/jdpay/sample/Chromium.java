package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and ChromeDriver (installed by {@code .ci/chromium.sh}), given by path so that Selenium
 * Manager never tries to download either.
 *
 * <p>Without them the browser tests are skipped, unless {@code JDPAY_BROWSER_TESTS=required} or {@code CI=true}: then
 * they fail, so that CI cannot pass without having run them.
 */
final class Chromium {

    static final Path BROWSER = Path.of(env("CHROMIUM", "/usr/bin/chromium"));

    static final Path DRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    /** The screen a test looks through: a desktop window, or a phone (390 × 844 CSS pixels, as an iPhone 14's). */
    enum Screen {
        DESKTOP(1280, 1100, ""),
        PHONE(390, 844, "-phone");

        final int width;

        final int height;

        /** What the screenshots taken through this screen have appended to their names. */
        final String suffix;

        Screen(int width, int height, String suffix) {
            this.width = width;
            this.height = height;
            this.suffix = suffix;
        }
    }

    static WebDriver start(Path profile, Screen screen) {
        String missing = !Files.isExecutable(BROWSER)
                ? BROWSER + " is missing"
                : !Files.isExecutable(DRIVER) ? DRIVER + " is missing" : null;
        if (missing != null) {
            if (required()) {
                fail(missing + ", and browser tests are required here: run .ci/chromium.sh");
            }
            assumeTrue(false, missing + ": browser test skipped (JDPAY_BROWSER_TESTS=required makes it fail)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // No network here: every flag that would make Chromium call home is set, or it stalls on refused connections.
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + screen.width + "," + screen.height,
                "--user-data-dir=" + profile.toAbsolutePath());
        if (screen == Screen.PHONE) {
            // Chromium's device mode: the viewport meta tag applies and the page is laid out as a phone lays it out.
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", screen.width, "height", screen.height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /**
     * Saves what the browser shows under {@code target/screenshots}, to look at when a test fails; the README's
     * screenshots in {@code docs/screenshots} are copied from there.
     */
    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean required() {
        return "required".equals(System.getenv("JDPAY_BROWSER_TESTS")) || "true".equals(System.getenv("CI"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return (value != null && !value.isBlank()) ? value : fallback;
    }
}
