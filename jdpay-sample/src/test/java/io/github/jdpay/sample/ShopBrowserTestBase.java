package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shop in headless Chromium, through one screen per subclass: a payer orders, pays at the simulator's cashier and
 * comes back to a paid order; the payer panel follows the order; and on every page nothing is wider than the screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShopBrowserTestBase extends ShopTestSupport {

    /** The script behind {@link #assertFitsTheScreen}: what sticks out beyond the viewport, described. */
    private static final String OVERFLOW =
            """
            const width = window.innerWidth;
            const found = [];
            const page = document.documentElement.scrollWidth;
            if (page > width) {
              found.push('the page scrolls sideways: scrollWidth ' + page + ' > innerWidth ' + width);
            }
            for (const element of document.querySelectorAll('body *')) {
              const box = element.getBoundingClientRect();
              if ((box.width > 0 || box.height > 0) && (box.right > width + 0.5 || box.left < -0.5)) {
                found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.className ? '.' + String(element.className).split(' ').join('.') : '')
                  + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right) + ' of ' + width);
              }
            }
            return found;""";

    // Static: one profile for the class, deleted after @AfterAll has quit the browser, not after each test.
    @TempDir
    static Path profile;

    private WebDriver browser;

    private WebDriverWait wait;

    /** The screen this class looks through. */
    abstract Chromium.Screen screen();

    /** The cashier a payer on this screen is sent to: JD's desktop (PC) or mobile (H5) one. */
    abstract String cashierChannel();

    // Started by the first test rather than in @BeforeAll, so that without Chromium each test is reported skipped.
    @BeforeEach
    void startBrowser() {
        if (this.browser == null) {
            this.browser = Chromium.start(profile, screen());
            this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
        }
    }

    @AfterAll
    void stopBrowser() {
        if (this.browser != null) {
            this.browser.quit();
            this.browser = null;
        }
    }

    @Test
    void aPayerPaysAtTheCashierAndReturnsToAPaidOrder() {
        placeOrder("龙井茶 Longjing tea", "12.80", cashierChannel());

        WebElement pay = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        assertThat(this.browser.getCurrentUrl())
                .contains(cashierChannel().equals("PC") ? "/wepay/jdpay/payCashier" : "/h5pay/jdpay/payCashier");
        assertThat(this.browser.findElement(By.id("due")).getText()).isEqualTo("¥12.80");
        assertThat(this.browser.findElement(By.id("cancel")).isDisplayed()).isTrue();
        assertFitsTheScreen("the cashier");
        screenshot("cashier");
        pay.click();

        this.wait.until(ExpectedConditions.urlToBe(BASE_URL + "/orders/callback"));
        assertThat(this.browser.findElement(By.id("callback")).getText()).contains("signed by JD");
        this.wait.until(ExpectedConditions.textToBe(By.id("status"), "PAID"));
        assertFitsTheScreen("the callback page");
        screenshot("paid");
    }

    @Test
    void aQrOrderShowsItsCodeUntilTheNotificationSaysItIsPaid() {
        placeOrder("普洱 Pu'er", "45.00", "QR");

        WebElement qr = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr")));
        this.wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        String tradeNum = shownTradeNum();
        By status = By.cssSelector("#order-" + tradeNum + " .status");
        assertThat(this.wait
                        .until(ExpectedConditions.presenceOfElementLocated(status))
                        .getText())
                .isEqualTo("CREATED");
        assertFitsTheScreen("the shop with a QR code");
        ((JavascriptExecutor) this.browser).executeScript("window.scrollTo(0, 0)");
        screenshot("shop");

        new Payer().payScanned(this.browser.findElement(By.id("qr-link")).getDomProperty("href"));

        this.wait.until(ExpectedConditions.textToBe(status, "PAID"));
        this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Paid"));
        assertThat(this.browser.findElements(By.id("qr"))).isEmpty();
        assertFitsTheScreen("the shop with a paid order");
    }

    @Test
    void anAppOrderIsPaidWithTheDemoButtonAndRefundedFromTheList() {
        placeOrder("铁观音 Tieguanyin", "30.00", "APP");

        this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app-params"), "signData"));
        String tradeNum = shownTradeNum();
        assertFitsTheScreen("the shop with APP parameters");
        screenshot("app");
        this.browser.findElement(By.id("demo-pay")).click();
        By row = By.id("order-" + tradeNum);
        this.wait.until(ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "PAID"));

        WebElement amount = this.browser.findElement(row).findElement(By.className("refund-amount"));
        amount.clear();
        amount.sendKeys("10.00");
        click(this.browser.findElement(row).findElement(By.className("refund")));

        this.wait.until(
                ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "PARTIALLY_REFUNDED"));
        this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "part of it refunded"));
        assertThat(this.browser.findElements(By.id("demo-pay"))).isEmpty();
        scrollTo(row);
        assertFitsTheScreen("the order list");
        screenshot("orders");
    }

    @Test
    void aRevokedOrderClosesThePayerPanelAndCannotBePaid() {
        placeOrder("白茶 White tea", "8.00", "APP");
        this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-pay")));
        String tradeNum = shownTradeNum();
        By row = By.id("order-" + tradeNum);
        WebElement revoke =
                this.wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(row, By.className("revoke")));

        click(revoke);

        this.wait.until(ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "CLOSED"));
        this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "can no longer be paid"));
        assertThat(this.browser.findElements(By.id("demo-pay"))).isEmpty();
        assertFitsTheScreen("the shop with a closed order");
    }

    @Test
    void aWrongAmountIsExplainedInYuan() {
        placeOrder("茶 Tea", "-1", "QR");

        WebElement message = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).isEqualTo("The amount must be more than 0.00 yuan.");
        assertFitsTheScreen("the shop with an error");
    }

    private void placeOrder(String title, String yuan, String channel) {
        this.browser.get(BASE_URL + "/");
        this.wait.until(
                ExpectedConditions.attributeToBeNotEmpty(this.browser.findElement(By.tagName("body")), "data-listed"));
        assertFitsTheScreen("the shop and its order list");
        WebElement titleField = this.browser.findElement(By.id("title"));
        titleField.clear();
        titleField.sendKeys(title);
        WebElement amount = this.browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys(yuan);
        // The radio buttons are drawn as cards: the payer clicks the card.
        click(this.browser.findElement(By.cssSelector("input[value=" + channel + "] + span")));
        click(this.browser.findElement(By.id("create")));
    }

    private String shownTradeNum() {
        return this.browser.findElement(By.cssSelector("#payment .summary b")).getText();
    }

    /** Clicks what a person can see: the element must lie within the screen's width once scrolled to. */
    private void click(WebElement element) {
        scrollTo(element);
        Number right = (Number) ((JavascriptExecutor) this.browser)
                .executeScript("return arguments[0].getBoundingClientRect().right", element);
        assertThat(right.doubleValue()).as("right edge of %s", element).isLessThanOrEqualTo(screen().width);
        element.click();
    }

    private void scrollTo(By locator) {
        scrollTo(this.browser.findElement(locator));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Nothing on the page is wider than the screen: no sideways scrolling, no element beyond either edge. */
    @SuppressWarnings("unchecked")
    private void assertFitsTheScreen(String what) {
        JavascriptExecutor js = (JavascriptExecutor) this.browser;
        List<String> overflowing = (List<String>) js.executeScript(OVERFLOW, screen().width);
        Object widths = js.executeScript("return document.documentElement.scrollWidth + ' <= ' + window.innerWidth");
        // One line per page looked at, on the console: the measurement the docs quote.
        System.out.println("[" + screen() + "] " + what + ": scrollWidth " + widths + ", " + overflowing.size()
                + " elements beyond the edges");
        // A phone zooms out of a page wider than itself: the viewport then grows past the screen.
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue())
                .as("%s: innerWidth, which Chromium widens to fit a page wider than the screen", what)
                .isEqualTo(screen().width);
        assertThat(overflowing).as("%s at %d px", what, screen().width).isEmpty();
    }

    private void screenshot(String name) {
        Chromium.screenshot(this.browser, name + screen().suffix);
    }
}
